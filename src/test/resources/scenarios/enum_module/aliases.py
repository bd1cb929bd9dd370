import sys
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

print(Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color))
print(Color["CRIMSON"])
print(sys.getrefcount(Color.RED), sys.getrefcount(Color.GREEN))
