import sys


class Token:
    pass


t = Token()
print("name only:", sys.getrefcount(t))


def one(arg):
    return sys.getrefcount(arg)


def two(arg, *rest):
    return sys.getrefcount(arg)


def kw(**opts):
    return sys.getrefcount(opts["x"])


print("as argument:", one(t))
print("with *rest:", two(t, t, t))
print("via kwargs:", kw(x=t))
pair = (t, t)
print("in a tuple twice:", sys.getrefcount(t))
box = {"a": t, "b": [t, t]}
print("dict and list:", sys.getrefcount(t))
del pair
print("tuple gone:", sys.getrefcount(t))
box["b"].clear()
print("list cleared:", sys.getrefcount(t))
bound = [t.__class__ for _ in range(3)]
print("class refs grow with instances:", sys.getrefcount(Token) >= 2)
method_holder = [one] * 4
print("function refs:", sys.getrefcount(one))
for item in [t]:
    print("loop var:", sys.getrefcount(item))
print("lambda:", (lambda v: sys.getrefcount(v))(t))
print([sys.getrefcount(v) for v in (t,)])
