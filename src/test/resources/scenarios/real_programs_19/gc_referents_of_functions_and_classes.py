# get_referents shows the references an object hands to the collector.
import gc


def describe(obj):
    return sorted(type(r).__name__ for r in gc.get_referents(obj))


pair = ([], {})
print("tuple:", describe(pair))
print("list:", describe([1, "a", None, []]))
print("dict:", describe({"k": [1], 2: "v"}))
print("set of ints:", describe({1, 2, 3}))


class Shape:
    sides = 0

    def area(self):
        return 0


s = Shape()
s.color = "red"
print("instance:", describe(s))
bound = s.area
print("bound method:", describe(bound))


def outer():
    v = [1]

    def inner():
        return v
    return inner


inner = outer()
print("closure cell:", describe(inner.__closure__[0]))
print("int has no referents:", gc.get_referents(42))
print("several at once:", len(gc.get_referents([1], [2, 3])))
