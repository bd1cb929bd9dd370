# Proxies forward operations, but they are not the object: they are not
# hashable, and `is` tells them apart.
import weakref


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __iter__(self):
        yield self.x
        yield self.y


v = Vec(1, 2)
p = weakref.proxy(v)
print(p + Vec(1, 1), list(p), p == v, p is v)
print(repr(p) == repr(v), str(p))
try:
    {p: 1}
except TypeError as e:
    print("TypeError:", e)
items = [p, v]
print("count equal:", items.count(v))
x, y = p
print("unpacked:", x, y)
del v
print("list still holds the dead proxy:", len(items))
try:
    print(items[0])
except ReferenceError as e:
    print("ReferenceError:", e)
