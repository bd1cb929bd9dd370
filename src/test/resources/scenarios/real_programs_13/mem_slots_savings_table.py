import sys

class PointDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class PointSlots:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

pd = PointDict(1, 2)
ps = PointSlots(1, 2)
dict_cost = sys.getsizeof(pd) + sys.getsizeof(pd.__dict__)
slot_cost = sys.getsizeof(ps)
print("dict instance:", sys.getsizeof(pd), "+ dict", sys.getsizeof(pd.__dict__))
print("slots instance:", slot_cost)
print("has __dict__:", hasattr(pd, "__dict__"), hasattr(ps, "__dict__"))
for n in (1, 10, 1000):
    print(f"{n:>5} objects: dict {n * dict_cost:>7}  slots {n * slot_cost:>7}")
try:
    ps.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print("slot descriptors:", [name for name in ("x", "y") if name in PointSlots.__dict__])
