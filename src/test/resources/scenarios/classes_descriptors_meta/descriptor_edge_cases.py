import sys


class Loud:
    def __set_name__(self, owner, name):
        print("named", name)
        self.names = getattr(self, "names", []) + [name]

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        raise AttributeError("no value yet")


shared = Loud()


class Two:
    first = shared
    second = shared


print(shared.names, sys.getrefcount(shared))
t = Two()
print(hasattr(t, "first"), getattr(t, "second", "default"))

t.__dict__["first"] = "instance wins over a non-data descriptor"
print(t.first)

t.own = Loud()
print(type(t.own).__name__)

Two.first = 5
print(t.__dict__["first"], Two.first, sys.getrefcount(shared))
del Two.second
print(sys.getrefcount(shared), hasattr(Two, "second"))


class Stack(list):
    top = property(lambda self: self[-1])
    size = Loud()


s = Stack([1, 2, 3])
print(s.top, hasattr(s, "size"), Stack.size.names)
