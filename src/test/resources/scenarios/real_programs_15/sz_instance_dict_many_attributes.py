# An instance's attribute dict shares its keys with the other instances
# of the class, until one of them goes its own way.
import sys


class Record:
    pass


def dsize(obj):
    return sys.getsizeof(vars(obj))


a, b = Record(), Record()
sizes = []
for i in range(12):
    setattr(a, f"f{i}", i)
    sizes.append(dsize(a))
print("growing a:", sizes)
for i in range(3):
    setattr(b, f"f{i}", i)
print("b with three of the same keys:", dsize(b))
c = Record()
c.other = 1
print("c with a new key:", dsize(c))
del a.f0
print("a after deleting an attribute:", dsize(a))
d = Record()
d.f0 = 0
print("a later instance:", dsize(d))
print("instances:", sys.getsizeof(a), sys.getsizeof(d))
