# Two OrderedDicts are equal only in the same order; against a plain dict, order does not matter.
from collections import OrderedDict
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a == dict(b), dict(a) == dict(b))
b.move_to_end("y")
print(a == b, a != b)
