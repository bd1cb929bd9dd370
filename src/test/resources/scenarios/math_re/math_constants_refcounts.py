# The module keeps its constants: identity and reference counts of math.pi and friends.
import math
import sys

print(sys.getrefcount(math.pi), sys.getrefcount(math.e), sys.getrefcount(math.tau), sys.getrefcount(math.inf), sys.getrefcount(math.nan))
a = math.pi
b = math.pi
print(a is b, a is math.pi, sys.getrefcount(math.pi))
del a, b
print(sys.getrefcount(math.pi))
radii = [1, 2.5, 10]
areas = [math.pi * r * r for r in radii]
print(areas, sys.getrefcount(math.pi))
c = math.inf
print(c is math.inf, sys.getrefcount(math.inf), math.inf > 10**300, math.isinf(c), math.isnan(math.nan), math.nan == math.nan)
print(math.isfinite(1e308), math.isclose(math.pi, 355 / 113, rel_tol=1e-6), math.isclose(1, 1.0000000001))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
