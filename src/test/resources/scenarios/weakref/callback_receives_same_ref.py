# The callback's argument is the weak reference object that was registered.
import weakref
class T:
    pass
got = []
def cb(ref):
    got.append(ref)
t = T()
r = weakref.ref(t, cb)
del t
print(len(got), got[0] is r)
