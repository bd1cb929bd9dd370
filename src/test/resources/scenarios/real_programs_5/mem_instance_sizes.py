import sys

class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Plain(1, 2)
s = Slotted(1, 2)
print("plain instance", sys.getsizeof(p), "+ dict", sys.getsizeof(p.__dict__))
print("slotted instance", sys.getsizeof(s))
print(hasattr(s, "__dict__"), sorted(vars(p)))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.z = 3
print("plain accepts new attributes", sorted(vars(p)))
many_plain = [Plain(i, i) for i in range(100)]
many_slotted = [Slotted(i, i) for i in range(100)]
plain_total = sum(sys.getsizeof(o) + sys.getsizeof(o.__dict__) for o in many_plain)
slot_total = sum(sys.getsizeof(o) for o in many_slotted)
print("100 plain:", plain_total, "100 slotted:", slot_total)
print(f"saving {1 - slot_total / plain_total:.0%}")
class Empty:
    pass
print(sys.getsizeof(Empty()), sys.getsizeof(object()))
