import sys, gc
from collections import OrderedDict

class Ranked(OrderedDict):
    pass

payload = [1, 2]
r = Ranked(first=payload)
gc.collect()
u = r | {"second": payload}
print(type(u).__name__, list(u), sys.getrefcount(payload))
print(gc.get_count())
w = {"zero": 0} | r
print(type(w).__name__, list(w), sys.getrefcount(payload))
print(gc.get_count())
r |= [("third", payload)]
print(list(r), sys.getrefcount(payload), sys.getrefcount(r))
print(gc.get_count())
del u, w
print(sys.getrefcount(payload), gc.collect())
