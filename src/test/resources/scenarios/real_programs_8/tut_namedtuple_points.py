from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
City = namedtuple("City", "name country population coords", defaults=[None])

p = Point(3, 4)
print(p, p.x, p[1], p._asdict())
print(p._replace(x=10), p._fields, Point._make([5, 6]))
x, y = p
print(x + y, p == (3, 4), len(p), isinstance(p, tuple))
tokyo = City("Tokyo", "JP", 37_400_068, Point(35.68, 139.69))
paris = City("Paris", "FR", 11_000_000)
print(tokyo.coords.y, paris.coords, City._field_defaults)
for city in sorted([tokyo, paris], key=lambda c: c.population):
    print(f"{city.name:<6} {city.population:>12,}")
print(type(p).__name__, Point.__doc__)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()
    def norm1(self):
        return sum(map(abs, self))
print(Point3(1, -2, 3).norm1(), Point3(0, 0, 1))
