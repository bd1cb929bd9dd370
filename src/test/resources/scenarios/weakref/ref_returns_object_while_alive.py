# Calling a live weak reference returns the object itself.
import weakref
class T:
    pass
t = T()
r = weakref.ref(t)
print(r() is t)
