from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED)
print(repr(Color.RED))
print(str(Color.GREEN), format(Color.BLUE))
print(f"{Color.RED} and {Color.GREEN!r}")
print("%s / %r" % (Color.BLUE, Color.BLUE))
print(Color)
print(type(Color))
print(type(Color.RED))
