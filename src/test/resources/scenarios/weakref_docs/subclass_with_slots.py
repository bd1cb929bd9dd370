# A weakref.ref subclass with __slots__: no instance dict, smaller, and no weak references to it.
import sys
import weakref


class Thing:
    pass


class SlotRef(weakref.ref):
    __slots__ = ("note",)

    def __init__(self, ob, callback=None, /, note=""):
        super().__init__(ob, callback)
        self.note = note


class EmptySlots(weakref.ref):
    __slots__ = ()


class WithWeak(weakref.ref):
    __slots__ = ("note", "__weakref__")


t = Thing()
r = SlotRef(t, note="hello")
print(r.note, r() is t)
print(sys.getsizeof(r), sys.getsizeof(EmptySlots(t)), sys.getsizeof(WithWeak(t)))
print(hasattr(r, "__dict__"))
try:
    r.other = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(r)
except TypeError as e:
    print("TypeError:", e)
w = WithWeak(t)
print(weakref.ref(w)() is w)
print(weakref.getweakrefcount(t))
del t
print(r(), r.note)
