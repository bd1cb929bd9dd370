# __index__ makes an object usable as an index, not a number: arithmetic and comparisons stay
# unsupported, dict keys are not converted, an int subclass is its own value (its __index__ is not
# asked), and a subscript in a warm loop converts each time.
import sys
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
class IS(int):
    def __index__(self):
        print("never")
        return 0
class Box:
    def __getitem__(self, k):
        return type(k).__name__
xs = list(range(20))
p = I(3)
t = 0
for _ in range(30):
    t += xs[p]
print(t, sys.getrefcount(p))
for k in range(20):
    xs[I(k)] = k * 2
print(xs[I(19)], Box()[p], xs[IS(5)], hex(IS(17))[2:], [1, 2][IS(1)])
try: print(5 + p)
except TypeError as e: print(e)
try: print(p * 2)
except TypeError as e: print(e)
try: print(2 ** p)
except TypeError as e: print(e)
try: print(1 << p)
except TypeError as e: print(e)
try: print(sum([p]))
except TypeError as e: print(e)
try: print(max(p, 1))
except TypeError as e: print(e)
try: print(isinstance(p, int))
except TypeError as e: print(e)
print(p.__index__(), I.__index__(p))
d = {3: "three"}
try: print(d[p])
except KeyError as e: print("KeyError")
print(sorted([3, 1, 2])[I(0):I(2)], [*range(I(3))], "abcd"[::I(-1)])
print(sys.getsizeof([0] * I(10)), sys.getsizeof("x" * I(5)), sys.getsizeof((None,) * I(4)))
import gc
print(gc.collect(), sys.getrefcount(p))
