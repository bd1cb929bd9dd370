import sys
import weakref


class Plain:
    pass


class Child(Plain):
    pass


class Slotted:
    __slots__ = ("x",)


class Bag(list):
    pass


class Num(int):
    pass


class Oops(Exception):
    pass


a = Plain()
print(hasattr(a, "__weakref__"), a.__weakref__, getattr(a, "__weakref__", "missing"))
r = weakref.ref(a)
print(a.__weakref__ is r, sys.getrefcount(r), weakref.getweakrefcount(a))
with_cb = weakref.ref(a, lambda ref: print("callback"))
print(a.__weakref__ is r, a.__weakref__ is with_cb)
del r
print(a.__weakref__ is with_cb, sys.getrefcount(with_cb))
try:
    a.__weakref__ = None
except AttributeError as e:
    print("AttributeError:", e)
c = Child()
try:
    c.__weakref__ = 1
except AttributeError as e:
    print("AttributeError:", e)
print(c.__weakref__, hasattr(Slotted(), "__weakref__"))
try:
    Slotted().__weakref__
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
print(hasattr(Bag(), "__weakref__"), hasattr(Num(3), "__weakref__"), hasattr(Oops(), "__weakref__"))
print(hasattr(1, "__weakref__"), hasattr([], "__weakref__"), hasattr(len, "__weakref__"))
del a
print("end")
