# type(x).__qualname__ and __module__ of builtin and collections types (a
# logging helper or a repr that names the class with its module reads them).
from collections import Counter, OrderedDict, defaultdict, deque
import sys
values = [Counter("abca"), OrderedDict(a=1), defaultdict(list), deque([1]),
          5, "s", [1], (1,), {1: 2}, {1}, None, 1.5, True, b"x", range(3), len, print, iter([1])]
for x in values:
    t = type(x)
    print(t.__name__, t.__qualname__, t.__module__)
print(sys.getrefcount(type(values[0]).__module__) > 1)
