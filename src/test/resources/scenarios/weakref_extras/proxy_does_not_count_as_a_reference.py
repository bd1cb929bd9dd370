# a proxy does not hold its object: the refcount is unchanged and del frees the object
import sys
import weakref
class Node:
    def __del__(self):
        print("node freed")
n = Node()
print(sys.getrefcount(n))
p = weakref.proxy(n)
print(sys.getrefcount(n), weakref.getweakrefcount(n))
del n
print("after del")
