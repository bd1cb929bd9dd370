# gc.get_referents on different kinds of object: what each one's
# traverse function reports.
import gc


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


class Slim:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def outer():
    x = [1]

    def inner():
        return x
    return inner


def names(objs):
    return sorted(type(o).__name__ for o in objs)


p = Pair([1], "two")
print("instance:", names(gc.get_referents(p)))
print("instance dict:", names(gc.get_referents(p.__dict__)))
s = Slim([1], "two")
print("slots instance:", names(gc.get_referents(s)))
m = p.total
print("bound method:", names(gc.get_referents(m)))
f = outer()
print("closure cells:", names(gc.get_referents(f.__closure__)))
print("cell:", names(gc.get_referents(f.__closure__[0])))
print("tuple:", names(gc.get_referents((p, s, 3))))
print("set:", names(gc.get_referents({1, "a", (2,)})))
print("list of lists:", len(gc.get_referents([[1], [2], [3]])))
print("several at once:", len(gc.get_referents([1, 2], (3,), {"k": 4})))
