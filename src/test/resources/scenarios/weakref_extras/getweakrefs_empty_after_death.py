# when the object dies its weak references are cleared: a dead ref no longer counts anywhere
import weakref
class Target:
    pass
t = Target()
r = weakref.ref(t)
f = weakref.finalize(t, print, "finalized")
print(weakref.getweakrefcount(t))
del t
print(r(), f.alive)
