# A weak reference does not change the object's reference count.
import sys
import weakref
class T:
    pass
t = T()
print("before", sys.getrefcount(t))
r = weakref.ref(t)
print("after", sys.getrefcount(t))
