# Gamma and log-gamma across the real line, with the factorial identity.
import math
import sys

xs = [0.5, 1.0, 1.5, 2.5, 3.7, 5.0, 10.25, 20.5, 50.0, 100.5, 141.3, 170.6, -0.5, -1.5, -2.25, -10.1, -150.5, 1e-5, 1e-21]
for x in xs:
    print(f"gamma({x}) = {math.gamma(x)!r}")
for x in xs + [1e10, 1e300]:
    print(f"lgamma({x}) = {math.lgamma(x)!r}")
for n in range(1, 24):
    assert math.gamma(n) == math.factorial(n - 1)
print("integers exact up to 23")
print(math.gamma(24), math.factorial(23))
for bad in [0, -1, -2.0, 172, 1e-320, float("-inf")]:
    try:
        print(math.gamma(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [0, -3, 1e308]:
    try:
        print(math.lgamma(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.gamma(float("inf")), math.lgamma(float("-inf")), math.gamma(float("nan")))
r = math.gamma(4.5)
print(sys.getrefcount(r), type(r).__name__)
