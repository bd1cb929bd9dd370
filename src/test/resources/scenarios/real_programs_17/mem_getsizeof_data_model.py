# How big are the objects behind a class? sys.getsizeof for instances, dicts, slots and the values they hold.
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


class WithMany:
    def __init__(self):
        for i in range(10):
            setattr(self, f"a{i}", i)


p, s = Plain(1, 2), Slotted(1, 2)
print("Plain instance", sys.getsizeof(p), "its dict", sys.getsizeof(p.__dict__))
print("Slotted instance", sys.getsizeof(s), hasattr(s, "__dict__"))
print("many attributes dict", sys.getsizeof(WithMany().__dict__))
print("tuple (1, 2)", sys.getsizeof((1, 2)), "list [1, 2]", sys.getsizeof([1, 2]), "dict", sys.getsizeof({"x": 1, "y": 2}))
for value in (0, 1, 2 ** 30, 2 ** 60, 2 ** 100, 1.5, "", "a", "abc", "é", "€", True, None, (), [], {}, set(), frozenset()):
    print(f"{value!r:>36} {type(value).__name__:>9} {sys.getsizeof(value):>4}")
points = [Plain(i, i) for i in range(1000)]
slots = [Slotted(i, i) for i in range(1000)]
plain_total = sum(sys.getsizeof(o) + sys.getsizeof(o.__dict__) for o in points)
slot_total = sum(sys.getsizeof(o) for o in slots)
print("1000 Plain:", plain_total, "1000 Slotted:", slot_total, "saved:", plain_total - slot_total)
print("list of 1000 refs:", sys.getsizeof(points))
nested = [[0] * 10 for _ in range(10)]
print("outer only:", sys.getsizeof(nested), "with rows:", sys.getsizeof(nested) + sum(map(sys.getsizeof, nested)))
print(sys.getsizeof(Plain), sys.getsizeof(Slotted) == sys.getsizeof(Plain), sys.getsizeof(p.__init__))
