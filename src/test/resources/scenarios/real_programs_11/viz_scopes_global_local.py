counter = 0
names = []

def bump():
    global counter
    counter += 1
    return counter

def add_name(name):
    names.append(name)

def shadow():
    counter = 100
    return counter

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x

print(bump(), bump(), counter)
add_name("zoe")
print(names)
print(shadow(), counter)
print(outer())
try:
    def broken():
        print(counter)
        counter = 5
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print([k for k in ("counter", "names", "bump", "x") if k in globals()])
