# Inside a call, the caller's name, the parameter and getrefcount's argument each hold the object.
import sys
def one(x):
    return sys.getrefcount(x)
def star(*xs):
    return sys.getrefcount(xs[0])
def kw(**k):
    return sys.getrefcount(k["v"])
obj = [1]
print(one(obj), star(obj), kw(v=obj))
print(star(*[obj]))
