# A mutable default argument is held by the function object.
import sys
d = []
def f(x=d):
    return x
print("default held", sys.getrefcount(d))
r = f()
print("returned too", sys.getrefcount(d))
