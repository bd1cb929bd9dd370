# Classes registered on their metaclass form no cycle with it; clearing the registry frees them.
import gc, sys, weakref
class Registry(type):
    by_name = {}
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.by_name[name.lower()] = cls
class Handler(metaclass=Registry):
    def handle(self):
        return type(self).__name__
class Get(Handler):
    pass
class Post(Handler):
    pass
refs = [weakref.ref(c) for c in Registry.by_name.values()]
print(sorted(Registry.by_name), Registry.by_name["get"]().handle())
del Handler, Get, Post
print(gc.collect(), [r() is None for r in refs])
Registry.by_name.clear()
print(gc.collect(), [r() is None for r in refs])
print(sys.getrefcount(Registry))
