from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

a = Color.RED
b = Color(1)
print(a is b, a == b, a != Color.GREEN)
print(Color.RED == 1, Color.RED is Color.RED)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
print(Color.RED in Color, isinstance(Color.GREEN, Color), isinstance(Color.GREEN, Enum))
