# Elementary functions over a grid, with their error messages.
import math

grid = [i / 8 for i in range(-24, 25)]
for name in ["exp", "expm1", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "cbrt", "exp2"]:
    f = getattr(math, name)
    print(name, [repr(f(x)) for x in grid[::5]])
pos = [x for x in grid if x > 0]
for name in ["log", "log2", "log10", "log1p", "sqrt", "acosh"]:
    f = getattr(math, name)
    print(name, [repr(f(x + 1)) for x in pos[::4]])
unit = [x for x in grid if -1 < x < 1]
for name in ["asin", "acos", "atanh"]:
    f = getattr(math, name)
    print(name, [repr(f(x)) for x in unit[::3]])
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.cbrt(1e-300), math.exp2(10), math.exp2(-1074), math.exp2(0.5))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log(10 ** 400), math.log2(2 ** 2000), math.log10(10 ** 400))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log1p(1e-20), math.expm1(1e-10))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
checks = [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-2)", lambda: math.log(-2)),
          ("acosh(0.5)", lambda: math.acosh(0.5)), ("atanh(1)", lambda: math.atanh(1)), ("asin(2)", lambda: math.asin(2)),
          ("exp(1000)", lambda: math.exp(1000)), ("exp2(1024)", lambda: math.exp2(1024)), ("sinh(1000)", lambda: math.sinh(1000)),
          ("pow(0, -1)", lambda: math.pow(0, -1)), ("pow(10, 400)", lambda: math.pow(10, 400)),
          ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)), ("log1p(-1)", lambda: math.log1p(-1)), ("log(1, 1)", lambda: math.log(1, 1)),
          ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)), ("sin(inf)", lambda: math.sin(float("inf"))),
          ("log(-10**400)", lambda: math.log(-10 ** 400)), ("exp('x')", lambda: math.exp("x")), ("sqrt()", lambda: math.sqrt()),
          ("atan2(1)", lambda: math.atan2(1)), ("log()", lambda: math.log())]
for text, call in checks:
    try:
        print(text, call())
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(text, type(e).__name__, e)
