# A __str__ that prints sys.getrefcount(self) sees what holds the object on the way in: str(x) and
# print(x) pack it in an argument tuple, format(x) and f"{x}" bind object.__format__ to it, and
# str.format packs it too; "%s" % x and repr() hold it only on the caller's stack.
import enum
import gc
import sys


class Point:
    def __repr__(self):
        return f"Point(refs={sys.getrefcount(self)})"

    def __str__(self):
        return f"point(refs={sys.getrefcount(self)})"


p = Point()
texts = [repr(p), str(p), "%s" % p, format(p), f"{p}", "{}".format(p), "{v}".format(v=p), str([p])]
print(texts)
print(p)
print(p, [p])


class Level(enum.Enum):
    LOW = 1
    HIGH = 2

    def __repr__(self):
        return f"Level(refs={sys.getrefcount(self)})"

    def __str__(self):
        return f"level(refs={sys.getrefcount(self)})"


print(repr(Level.LOW), str(Level.LOW), [Level.LOW])
print(Level.HIGH)


class Flags(enum.Flag):
    A = 1
    B = 2


both = Flags.A | Flags.B
members = list(both)
print(members, sys.getrefcount(Flags.A), sys.getrefcount(both))


class Probe:
    def __str__(self):
        print("gc count inside:", gc.get_count()[0] - start)
        return "probe"


probe = Probe()
gc.collect()
start = gc.get_count()[0]
s = str(probe)
gc.collect()
start = gc.get_count()[0]
s = f"{probe}"
