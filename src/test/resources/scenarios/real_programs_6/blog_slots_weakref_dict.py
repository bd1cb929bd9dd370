import sys
import weakref

class Plain:
    def __init__(self):
        self.a = 1

class Slotted:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1

class SlottedWeak:
    __slots__ = ("a", "__weakref__")
    def __init__(self):
        self.a = 1

p, s = Plain(), Slotted()
print(sys.getsizeof(p), sys.getsizeof(s))
print(hasattr(p, "__dict__"), hasattr(s, "__dict__"))
try:
    weakref.ref(s)
except TypeError as e:
    print(e)
r = weakref.ref(p)
print(r() is p)
try:
    s.b = 2
except AttributeError as e:
    print(e)
