# Tuple packing and unpacking, swaps and starred assignment do not leave
# extra references behind.
import sys


class V:
    pass


a, b = V(), V()
ra, rb = sys.getrefcount(a), sys.getrefcount(b)
a, b = b, a
print("after swap:", sys.getrefcount(a) - rb, sys.getrefcount(b) - ra)
pair = (a, b)
print("in a tuple:", sys.getrefcount(a) - rb)
first, second = pair
print("unpacked too:", sys.getrefcount(a) - rb)
head, *rest = [a, b, b]
print("starred list holds b twice:", sys.getrefcount(b) - ra)
del pair, first, second, head, rest
print("all extra gone:", sys.getrefcount(a) - rb, sys.getrefcount(b) - ra)
