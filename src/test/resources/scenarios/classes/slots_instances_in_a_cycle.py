# Instances with __slots__ have no dict, so a cycle of them is just the two instances for gc.collect().
import gc
class Pair:
    __slots__ = ("other", "label")
gc.collect()
a = Pair()
b = Pair()
a.other = b
b.other = a
a.label = "a"
del a, b
print("collected", gc.collect())
