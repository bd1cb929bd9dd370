# The callback runs when the object dies, with the dead weak reference as argument.
import weakref
class T:
    pass
def cb(ref):
    print("callback, referent is", ref())
t = T()
r = weakref.ref(t, cb)
print("deleting")
del t
print("deleted")
print("callback got r", r() is None)
