# frexp, ldexp, modf, fmod, remainder, copysign, nextafter and ulp: exact float operations.
import math

for x in [0.0, -0.0, 1.0, 8, 0.1, -3.75, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), float("nan")]:
    print(x, math.frexp(x), math.modf(x), math.ulp(x))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-3.0, 10**30 * -1), math.ldexp(0.75, True))
for call in [lambda: math.ldexp(1.0, 1024), lambda: math.ldexp(1.0, 10**30), lambda: math.ldexp(1.0, 2.0)]:
    try:
        print(call())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for a, b in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (1e308, 3.3), (3, float("inf")), (-0.0, 1)]:
    print(a, b, math.fmod(a, b), math.remainder(a, b), a % b)
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(0.5, 1), math.remainder(1.5, 1))
for call in [lambda: math.fmod(1, 0), lambda: math.remainder(1, 0), lambda: math.remainder(float("inf"), 1), lambda: math.fmod(float("inf"), 1)]:
    try:
        print(call())
    except ValueError as e:
        print("ValueError", e)
print(math.fmod(float("nan"), 0), math.remainder(float("nan"), 0), math.remainder(3, float("inf")))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, float("nan")))
x = 1.0
for _ in range(3):
    x = math.nextafter(x, 2)
    print(repr(x), math.ulp(x))
print(math.nextafter(0.0, -1), math.nextafter(1.0, 1.0), math.nextafter(float("inf"), 0), math.ulp(1.7976931348623157e308))
print(math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), math.trunc(10**20 + 0.5), math.floor(1e20))
