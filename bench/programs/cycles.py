# 100,000 two-object reference cycles, left for the cyclic collector (automatic collections as
# the generation-0 count passes its threshold, then a full one).
import gc


class Node:
    pass


def pair():
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a


for i in range(100000):
    pair()
print(gc.collect() >= 0)
