import sys
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(sys.getrefcount(Color.RED))
print(sys.getrefcount(Color))
favourite = Color.RED
print(sys.getrefcount(Color.RED))
palette = [Color.RED, Color.RED, Color.GREEN]
print(sys.getrefcount(Color.RED), sys.getrefcount(Color.GREEN))
del palette
print(sys.getrefcount(Color.RED), sys.getrefcount(Color.GREEN))
