import gc
import sys
import weakref

class Point:
    __slots__ = ("x", "y")

class WeakPoint:
    __slots__ = ("x", "y", "__weakref__")

class Tagged:
    __slots__ = ["__weakref__", "tag"]

class Plain:
    pass

gc.collect()
before = gc.get_count()
class Fresh:
    __slots__ = ("a", "__weakref__")
print("making a class:", gc.get_count()[0] - before[0])

print(sys.getsizeof(Point()), sys.getsizeof(WeakPoint()), sys.getsizeof(Tagged()), sys.getsizeof(Plain()))
print("__weakref__" in WeakPoint.__dict__, "__weakref__" in Tagged.__dict__, "x" in WeakPoint.__dict__)
print(hasattr(WeakPoint(), "__dict__"), hasattr(WeakPoint(), "__weakref__"))

p = WeakPoint()
p.x, p.y = 3, 4
r = weakref.ref(p)
print(r() is p, p.__weakref__ is r, weakref.getweakrefcount(p))
print(sys.getrefcount(p))
for attempt in (lambda: setattr(p, "z", 5), lambda: weakref.ref(Point())):
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

class Child(WeakPoint):
    __slots__ = ("z",)

c = Child()
print(sys.getsizeof(c), weakref.ref(c)() is c, "__weakref__" in Child.__dict__)
try:
    class Again(WeakPoint):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice:
        __slots__ = ["__weakref__", "__weakref__"]
except TypeError as e:
    print("TypeError:", e)
del p
print(r())
