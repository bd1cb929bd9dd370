# Reading a global inside a function adds no lasting reference.
import sys
g = [1]
def f():
    print("inside", sys.getrefcount(g))
f()
print("outside", sys.getrefcount(g))
