# the finalizer holds a weak reference to the object, and strong ones to the function and its arguments
import sys
import weakref
class Resource:
    pass
def release(*items):
    return len(items)
payload = [1, 2, 3]
r = Resource()
print(sys.getrefcount(r), sys.getrefcount(release), sys.getrefcount(payload))
f = weakref.finalize(r, release, payload)
print(sys.getrefcount(r), sys.getrefcount(release), sys.getrefcount(payload))
print(sys.getrefcount(f), weakref.getweakrefcount(r))
del r
print(sys.getrefcount(release), sys.getrefcount(payload), sys.getrefcount(f))
