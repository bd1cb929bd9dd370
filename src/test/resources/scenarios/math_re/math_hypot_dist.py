# Distances: hypot with any number of coordinates, and dist between points.
import math

print(math.hypot(3, 4), math.hypot(), math.hypot(-7), math.hypot(1, 1), math.hypot(1, 2, 3), math.hypot(*range(10)))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(5e-324, 5e-324))
print(math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1))
points = [(0, 0), (3, 4), (1.5, -2.25), (10.1, 7.3), (-4.4, 2.2)]
for p in points:
    for q in points:
        print(f"{math.dist(p, q)!r}", end=" ")
    print()
print(math.dist([1, 2, 3], (4, 5, 6)), math.dist([0.1] * 20, [0.3] * 20))
route = [(0.0, 0.0), (1.2, 3.4), (5.6, 7.8), (9.1, 2.3), (0.0, 0.0)]
length = sum(math.dist(a, b) for a, b in zip(route, route[1:]))
print(repr(length))
for bad in [lambda: math.dist([1], [1, 2]), lambda: math.dist(1, [1]), lambda: math.hypot("a")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
import random
random.seed(7)
acc = 0.0
for _ in range(300):
    v = [random.uniform(-1000, 1000) for _ in range(random.randint(2, 6))]
    acc += math.hypot(*v)
print(repr(acc))
