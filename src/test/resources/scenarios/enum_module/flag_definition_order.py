import gc
from enum import Flag

gc.collect()
class Mode(Flag):
    BIG = 4
    MEDIUM = 2
    SMALL = 1
print(gc.get_count())
print(list(Mode))
print(Mode.SMALL | Mode.BIG, Mode(6))
print(list(Mode.BIG | Mode.SMALL))
