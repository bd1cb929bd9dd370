# once the object is dead the finalizer has run: peek() and detach() return None
import weakref
class Resource:
    pass
r = Resource()
f = weakref.finalize(r, print, "finalizer ran")
print(f.peek() is not None)
del r
print(f.peek(), f.detach(), f.alive)
