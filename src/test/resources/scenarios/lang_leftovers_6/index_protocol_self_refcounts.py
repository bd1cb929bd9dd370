# What holds the object while its __index__ runs: a named object counts its name, the caller's
# stack or argument tuple, the method's own self and getrefcount's argument; an exception raised
# inside __index__ leaves through the subscript or call that asked.
import operator
import sys


class Probe:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("  inside:", sys.getrefcount(self))
        if self.n < 0:
            raise ValueError("negative probe")
        return self.n


p = Probe(1)
xs = [5, 6, 7]
print("subscript", xs[p])
print("slice", xs[p:])
print("range", range(p))
print("hex", hex(p)[2:])
print("operator.index", operator.index(p))
print("pop", [1, 2, 3].pop(p))
print("int", int(p))
print("repeat", xs * p)
print("tuple arg", (p,)[0] is p, sys.getrefcount(p))
try:
    xs[Probe(-1)]
except ValueError as e:
    print("ValueError", e)
try:
    range(Probe(-2))
except ValueError as e:
    print("ValueError", e)
print(sys.getrefcount(p))
