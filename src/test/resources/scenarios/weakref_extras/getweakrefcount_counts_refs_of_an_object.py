# getweakrefcount counts the weak references to an object; the callback-less one is shared
import weakref
class Target:
    pass
t = Target()
print(weakref.getweakrefcount(t))
r1 = weakref.ref(t)
r2 = weakref.ref(t)
print(weakref.getweakrefcount(t), r1 is r2)
r3 = weakref.ref(t, lambda ref: None)
print(weakref.getweakrefcount(t))
del r3
print(weakref.getweakrefcount(t), weakref.getweakrefcount(5), weakref.getweakrefcount([]))
