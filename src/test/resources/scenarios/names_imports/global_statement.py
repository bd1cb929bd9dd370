# global lets a function rebind a module name.
count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count)
