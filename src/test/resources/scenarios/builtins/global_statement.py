# global lets a function rebind a module variable.
count = 0
def bump():
    global count
    count += 1
bump()
bump()
print(count)
