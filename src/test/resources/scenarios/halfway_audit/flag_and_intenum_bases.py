# Where enum's int-valued classes get their methods: the bases and MRO, int first.
import enum


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class Mode(str, enum.Enum):
    READ = "r"


class Tagged:
    pass


class TaggedList(list, Tagged):
    pass


class ListTagged(Tagged, list):
    pass


print(enum.IntEnum.__bases__)
print(enum.StrEnum.__bases__)
print(enum.IntFlag.__bases__)
print(Level.__bases__, Level.__mro__)
print(Mode.__bases__, Mode.__mro__)
print(TaggedList.__bases__, TaggedList.__mro__)
print(ListTagged.__bases__, ListTagged.__mro__)
print(Level.HIGH + 1, ~Perm.R, isinstance(TaggedList(), Tagged))
