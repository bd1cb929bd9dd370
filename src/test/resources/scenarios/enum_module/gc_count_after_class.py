import gc
from enum import Enum, auto

gc.collect()
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(gc.get_count())
gc.collect()
class Direction(Enum):
    UP = auto()
    DOWN = auto()
print(gc.get_count())
gc.collect()
class Point(Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
print(gc.get_count())
print(gc.collect())
