# The classic UnboundLocalError: assigning to a global inside a function.
count = 0

def bump_wrong():
    count += 1
    return count

def bump_right():
    global count
    count += 1
    return count

def shadow(flag):
    if flag:
        total = 10
    return total

def outer():
    n = 1
    def inner():
        n = n + 1
        return n
    return inner

print(bump_right(), bump_right())
try:
    bump_wrong()
except UnboundLocalError as e:
    print("caught:", e)
print(shadow(True))
try:
    shadow(False)
except UnboundLocalError as e:
    print("caught:", e)
try:
    outer()()
except UnboundLocalError as e:
    print("caught:", e)

def delete_then_use():
    x = [1, 2]
    del x
    return x

try:
    delete_then_use()
except UnboundLocalError as e:
    print("caught:", e)
print(isinstance(UnboundLocalError(), NameError))
bump_wrong()
