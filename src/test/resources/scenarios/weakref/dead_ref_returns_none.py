# After the object dies, calling the weak reference returns None.
import weakref
class T:
    pass
t = T()
r = weakref.ref(t)
del t
print(r())
print(r() is None)
