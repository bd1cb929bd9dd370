# The weak reference object itself is referenced by its name (and is not kept by the referent's count).
import sys
import weakref
class T:
    pass
t = T()
r = weakref.ref(t)
print(sys.getrefcount(r))
r2 = weakref.ref(t)
print(sys.getrefcount(r))
