import gc
import sys
from enum import IntFlag

gc.collect()


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(gc.get_count())
gc.collect()
rw = Perm.R | Perm.W
print(gc.get_count())
gc.collect()
rx = Perm.R | Perm.X
print(gc.get_count())
print(gc.is_tracked(rw), gc.is_tracked(Perm.R))
del rw, rx
print(gc.collect())
del Perm
print(gc.collect())
