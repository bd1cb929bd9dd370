# Compare what instances cost with and without __slots__, counting the
# instance dict separately (sys.getsizeof does not follow references).
import sys


class WithDict:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


class WithSlots:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


class Empty:
    pass


class EmptySlots:
    __slots__ = ()


a = WithDict(1, 2, 3)
b = WithSlots(1, 2, 3)
print("dict instance:", sys.getsizeof(a))
print("its __dict__:", sys.getsizeof(a.__dict__))
print("slots instance:", sys.getsizeof(b))
print("has __dict__:", hasattr(a, "__dict__"), hasattr(b, "__dict__"))
print("has __weakref__:", hasattr(a, "__weakref__"), hasattr(b, "__weakref__"))
print("empty:", sys.getsizeof(Empty()), "empty slots:", sys.getsizeof(EmptySlots()))
print("object():", sys.getsizeof(object()))
total_dict = sum(sys.getsizeof(o) + sys.getsizeof(o.__dict__) for o in [WithDict(i, i, i) for i in range(100)])
total_slots = sum(sys.getsizeof(o) for o in [WithSlots(i, i, i) for i in range(100)])
print("100 dict instances:", total_dict)
print("100 slot instances:", total_slots)
try:
    b.w = 4
except AttributeError as e:
    print("AttributeError:", e)
