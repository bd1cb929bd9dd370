# Each active frame holding the object as a parameter adds one reference.
import sys
def inner(q):
    print("inner", sys.getrefcount(q))
def outer(p):
    print("outer", sys.getrefcount(p))
    inner(p)
    print("outer again", sys.getrefcount(p))
a = {"k": 1}
outer(a)
print("module", sys.getrefcount(a))
