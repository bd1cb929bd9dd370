# weakref.finalize calls its function with the saved arguments when the object's refcount drops to 0
import weakref
class Resource:
    pass
def release(name, size):
    print("release", name, size)
r = Resource()
f = weakref.finalize(r, release, "buffer", 4096)
print("alive", f.alive)
del r
print("alive", f.alive)
print("end")
