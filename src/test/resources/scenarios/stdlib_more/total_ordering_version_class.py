# @total_ordering fills in >, <= and >= from __lt__ and __eq__ (Lib/functools.py's code: NotImplemented passed on, TypeError for a foreign operand), sorting and comparing versions
import sys
import gc
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)

a = Version("1.2")
b = Version("1.10")
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(a <= Version("1.2"), a >= Version("1.2"), a > Version("1.2"))
releases = [Version("2.0"), Version("1.10"), Version("1.2"), Version("1.9.1")]
print(sorted(releases), max(releases), min(releases))
print(Version.__gt__.__name__, Version.__le__.__name__)
print(Version.__ge__.__doc__)
print(a.__gt__(5))
try:
    a >= 3
except TypeError as e:
    print("TypeError:", e)
print("refcount", sys.getrefcount(a))
