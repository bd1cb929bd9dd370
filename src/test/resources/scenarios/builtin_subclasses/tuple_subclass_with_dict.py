# A tuple subclass without __slots__: each instance has a __dict__.
import sys, gc


class Pair(tuple):
    pass


a = Pair([1, 2])
print(a, repr(a), type(a).__name__, len(a))
print(sys.getsizeof(a), sys.getsizeof(Pair()), gc.is_tracked(a), gc.is_tracked(Pair()))
a.label = "first"
print(a.label, a.__dict__, sys.getsizeof(a.__dict__))
gc.collect()
print(gc.is_tracked(a), gc.is_tracked(Pair((1, 2))))
print(a + (3,), type(a + (3,)).__name__, a * 2, a.count(1), a.index(2))
b = Pair(x * x for x in range(4))
print(b, sum(b), max(b), 9 in b)
