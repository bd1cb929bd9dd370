import sys

class Blob:
    pass

b = Blob()

def level3(x):
    return sys.getrefcount(x)

def level2(x):
    y = x
    return level3(y)

def level1(x):
    return level2(x)

print("module:", sys.getrefcount(b))
print("one frame:", level3(b))
print("two frames:", level2(b))
print("three frames:", level1(b))

def collect(*args, **kwargs):
    return sys.getrefcount(b)

print("in *args:", collect(b))
print("in **kwargs:", collect(key=b))
print("back:", sys.getrefcount(b))
