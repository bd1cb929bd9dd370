import gc
import sys
from enum import Enum

gc.collect()


class Color(str, Enum):
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


print(gc.get_count())
print(sys.getrefcount(Color), sys.getrefcount(Color.RED))
gc.collect()


class Level(int, Enum):
    LOW = 1
    HIGH = 2


print(gc.get_count())
print(sys.getrefcount(Level), sys.getrefcount(Level.LOW))
print(gc.is_tracked(Color.RED), gc.is_tracked(Level.LOW))
