# Choosing a math function by name from the module dict
from math import sqrt, floor

def apply(fname, x):
    f = globals().get(fname)
    return f(x) if f else None

print(apply("sqrt", 81), apply("floor", 2.9))
print(apply("nonexistent", 1))
