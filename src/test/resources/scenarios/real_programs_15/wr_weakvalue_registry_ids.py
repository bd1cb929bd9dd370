# A registry that hands out numeric handles for objects and lets callers
# look objects up by handle, without keeping them alive.
import weakref
import itertools


class Registry:
    def __init__(self):
        self._objects = weakref.WeakValueDictionary()
        self._next = itertools.count(1)

    def register(self, obj):
        handle = next(self._next)
        self._objects[handle] = obj
        return handle

    def lookup(self, handle):
        return self._objects.get(handle)

    def handles(self):
        return sorted(self._objects)


class Sprite:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<Sprite {self.name}>"


reg = Registry()
sprites = {name: Sprite(name) for name in ("hero", "enemy", "coin")}
handles = {name: reg.register(s) for name, s in sprites.items()}
print(handles, reg.handles())
print(reg.lookup(handles["enemy"]))
del sprites["enemy"]
print(reg.lookup(handles["enemy"]), reg.handles())
h = reg.register(Sprite("temp"))
print("temporary handle:", h, reg.lookup(h), reg.handles())
sprites.clear()
print(reg.handles(), len(reg._objects))
