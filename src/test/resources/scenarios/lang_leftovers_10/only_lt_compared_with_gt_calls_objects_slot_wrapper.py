# A class that defines only __lt__: a > b first calls object's __gt__ slot wrapper through two argument tuples, then b.__lt__(a)
import gc
import sys


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


class Patch(Version):
    pass


old, new = Version(1, 4), Version(2, 0)
fix = Patch(1, 5)
gc.collect()
print("old < new", old < new, gc.get_count())
gc.collect()
print("new > old", new > old, gc.get_count())
gc.collect()
print("old == new", old == new, gc.get_count())
gc.collect()
print("old != new", old != new, gc.get_count())
gc.collect()
print("old == old", old == old, gc.get_count())
gc.collect()
print("fix > old", fix > old, gc.get_count())
gc.collect()
print("old > fix", old > fix, gc.get_count())
gc.collect()
print("max", max(old, new, fix), gc.get_count())
gc.collect()
print("tuples", (old, 1) < (new, 0), gc.get_count())
gc.collect()
print("in", new in [old, fix, new], gc.get_count())
gc.collect()
try:
    print(3 < old)
except TypeError as err:
    print("TypeError:", err, gc.get_count())
print("refcount", sys.getrefcount(old))
