import sys

class Thing:
    pass

t = Thing()
print("module level:", sys.getrefcount(t))

def one(x):
    return sys.getrefcount(x)

def two(x):
    y = x
    return sys.getrefcount(x)

def nested(x):
    return one(x)

print("in function:", one(t))
print("with a local alias:", two(t))
print("two calls deep:", nested(t))
print("lambda:", (lambda x: sys.getrefcount(x))(t))
print("method:", [sys.getrefcount(t) for _ in range(1)])
bound = t.__init__
print("after bound method:", sys.getrefcount(t))
del bound
print("released:", sys.getrefcount(t))
