import gc
from enum import Flag, auto

gc.collect()
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print(gc.get_count())
gc.collect()
a = gc.get_count()
rw = Perm.R | Perm.W
b = gc.get_count()
rx = Perm.R | Perm.X
c = gc.get_count()
again = Perm.W | Perm.R
d = gc.get_count()
print(a, b, c, d)
