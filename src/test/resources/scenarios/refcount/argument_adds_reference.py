# Passing an object as an argument gives the callee's parameter its own reference.
import sys
def f(p):
    print("inside", sys.getrefcount(p))
a = [0]
print("before", sys.getrefcount(a))
f(a)
print("after", sys.getrefcount(a))
