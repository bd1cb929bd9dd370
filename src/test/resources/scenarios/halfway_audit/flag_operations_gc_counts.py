# Permission flags: what each operation on an enum class leaves in gc.get_count() right after a collection.
import enum
import gc


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def measure(label, make):
    gc.collect()
    before = gc.get_count()
    result = make()
    after = gc.get_count()
    print(label, result, before, after)


read = Perm.R
measure("~R (new pseudo-member)", lambda: ~Perm.R)
measure("~W (new pseudo-member)", lambda: ~Perm.W)
measure("~X (new pseudo-member)", lambda: ~Perm.X)
measure("~W again (kept)", lambda: ~Perm.W)
measure("R|X (exists)", lambda: Perm.R | Perm.X)
measure("Perm(4)", lambda: Perm(4))
measure("Perm(Perm.W)", lambda: Perm(Perm.W))
inverted = ~read
measure("~(W|X)", lambda: ~inverted)
measure("Color(1)", lambda: Color(1))
measure("Color.GREEN", lambda: Color.GREEN)
measure("Color['RED']", lambda: Color["RED"])
measure("len(Color)", lambda: len(Color))
measure("RED in Color", lambda: Color.RED in Color)
measure("RED == GREEN", lambda: Color.RED == Color.GREEN)
print(len(Perm._value2member_map_), sorted(Perm._value2member_map_))
