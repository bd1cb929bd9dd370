# __slots__: a tuple, a string, a list, an empty tuple; one member descriptor per name, no
# __dict__/__weakref__ descriptors, the sorted slot tuple CPython keeps.
import gc

gc.collect()
print(gc.get_count())


class Point:
    __slots__ = ("x", "y")


print("tuple", gc.get_count())


class Single:
    __slots__ = "value"


print("string", gc.get_count())


class Listed:
    __slots__ = ["c", "a", "b"]


print("list", gc.get_count())


class Bare:
    __slots__ = ()


print("empty", gc.get_count())


class Point3(Point):
    __slots__ = ("z",)


print("subclass", gc.get_count())
print(sorted(Listed.__slots__), gc.collect())
