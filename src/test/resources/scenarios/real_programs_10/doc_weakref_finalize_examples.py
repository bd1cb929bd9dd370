import weakref

class Object:
    pass

kenny = Object()
weakref.finalize(kenny, print, "You killed Kenny!")
del kenny

def callback(x, y, z):
    print("CALLBACK")
    return x + y + z

obj = Object()
f = weakref.finalize(obj, callback, 1, 2, z=3)
assert f.alive
print(f())
print(f.alive)
print(f())

obj = Object()
f = weakref.finalize(obj, callback, 1, 2, z=3)
det = f.detach()
print(det[2:], f.detach())
newobj, func, args, kwargs = (None, callback, (1, 2), {"z": 3})
print(func(*args, **kwargs))
print(f.alive)

obj = Object()
f = weakref.finalize(obj, print, "obj dead or exiting")
del obj
print("end")
