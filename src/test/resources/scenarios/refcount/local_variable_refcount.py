# A list created inside a function and bound to a local has refcount 2.
import sys
def f():
    x = [1]
    print("local", sys.getrefcount(x))
    y = x
    print("two locals", sys.getrefcount(x))
f()
