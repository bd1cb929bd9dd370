# Two namespaces are equal when their attributes are; they cannot be dict keys.
from types import SimpleNamespace

p = SimpleNamespace(x=1, y=2)
q = SimpleNamespace(x=1, y=2)
r = SimpleNamespace(y=2, x=1)
print(p == q, p is q, p == r, p != SimpleNamespace(x=1))
print(p == {"x": 1, "y": 2})
print(p)
print(r)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    lookup = {p: "origin"}
except TypeError as e:
    print("TypeError:", e)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
points = [p, q, SimpleNamespace(x=5, y=0)]
print(points.count(p), points.index(SimpleNamespace(x=5, y=0)))
print(SimpleNamespace(x=5, y=0) in points)
