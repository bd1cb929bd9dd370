# Calling a finalizer by hand, and detaching one.
import weakref


class Resource:
    pass


def total(x, y, z):
    print("total called")
    return x + y + z


res = Resource()
fin = weakref.finalize(res, total, 1, 2, z=3)
print("alive:", fin.alive)
print("result:", fin())
print("alive after call:", fin.alive)
print("second call:", fin())
del res
print("nothing ran on del")

res = Resource()
fin = weakref.finalize(res, total, 10, 20, z=30)
obj, func, args, kwargs = fin.detach()
print("alive after detach:", fin.alive)
print(obj is res, func is total, args, kwargs)
print("by hand:", func(*args, **kwargs))
print("detach again:", fin.detach())
del obj, res
print("end")
