# peek() shows (obj, func, args, kwargs) while alive; detach() returns it and disarms the finalizer
import weakref
class Resource:
    pass
def close(*args, **kwargs):
    print("close", args, kwargs)
r = Resource()
f = weakref.finalize(r, close, 1, 2, mode="w")
obj, func, args, kwargs = f.peek()
print(obj is r, func is close, args, kwargs)
del obj
info = f.detach()
print(info[0] is r, f.alive, f.peek(), f.detach())
del info
del r
print("no finalizer ran")
