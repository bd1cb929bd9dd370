import sys
from collections import deque


def deep_size(obj, seen=None):
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset, deque)):
        size += sum(deep_size(x, seen) for x in obj)
    elif hasattr(obj, "__dict__"):
        size += deep_size(vars(obj), seen)
    return size


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


print(deep_size([1, 2, 3]), deep_size([[1, 2], [1, 2]]))
shared = [1, 2]
print(deep_size([shared, shared]))
print(deep_size({"a": [1000, 2000], "b": "text"}))
print(deep_size(Point(1000, 2000)), deep_size(SlotPoint(1000, 2000)))
print(sys.getsizeof(Point(1, 2)), sys.getsizeof(SlotPoint(1, 2)))
print(deep_size(deque(range(5))), sys.getsizeof(deque()))
cyc = []
cyc.append(cyc)
print(deep_size(cyc))
