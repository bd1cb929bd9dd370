# The same ten numbers stored five ways. getsizeof counts only the
# container, not the numbers inside.
import sys
from collections import deque, namedtuple

data = list(range(10))
shapes = {
    "list": data,
    "tuple": tuple(data),
    "set": set(data),
    "frozenset": frozenset(data),
    "dict": dict.fromkeys(data),
    "deque": deque(data),
}
for name, c in shapes.items():
    print("%-10s %4d" % (name, sys.getsizeof(c)))
P = namedtuple("P", "a b c")
print("namedtuple of 3:", sys.getsizeof(P(1, 2, 3)), "tuple of 3:", sys.getsizeof((1, 2, 3)))
items = sum(sys.getsizeof(x) for x in data)
print("the ints themselves:", items)
