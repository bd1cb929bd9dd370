from enum import Enum


class Color(str, Enum):
    RED = "red"
    DARK_BLUE = "dark blue"


print(isinstance(Color.RED, str), isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color.RED.upper(), Color.DARK_BLUE.title(), Color.DARK_BLUE.split())
print(Color.RED.startswith("r"), "e" in Color.RED, len(Color.DARK_BLUE))
print(Color.RED[0], Color.RED[::-1])
print(type(Color.RED.upper()).__name__, type(Color.RED).__name__)
print("-".join(Color))
print(sorted(Color))
print(Color.__mro__)
