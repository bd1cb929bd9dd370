# Storing records as dicts, tuples, instances and slotted instances:
# compare the sizes of one record and its direct parts.
import sys
from collections import namedtuple

Point = namedtuple("Point", "x y z")


class PlainPoint:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


class SlotPoint:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


as_dict = {"x": 1, "y": 2, "z": 3}
as_tuple = (1, 2, 3)
as_named = Point(1, 2, 3)
as_plain = PlainPoint(1, 2, 3)
as_slots = SlotPoint(1, 2, 3)
print("dict:", sys.getsizeof(as_dict))
print("tuple:", sys.getsizeof(as_tuple))
print("namedtuple:", sys.getsizeof(as_named))
print("instance + dict:", sys.getsizeof(as_plain), "+", sys.getsizeof(vars(as_plain)))
print("slots:", sys.getsizeof(as_slots))
print("same fields:", as_named.x == as_plain.x == as_slots.x == as_dict["x"])
rows = [PlainPoint(i, i, i) for i in range(3)]
print("shared-key dicts:", [sys.getsizeof(vars(r)) for r in rows])
rows[0].extra = 1
print("after adding an attribute to one:", [sys.getsizeof(vars(r)) for r in rows])
