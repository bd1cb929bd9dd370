from enum import Flag

class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7

print(Color, type(Color))
print(list(Color), len(Color))
print(Color.WHITE, repr(Color.WHITE))
print(Color(7) is Color.WHITE, Color(3))
print(list(Color.RED | Color.BLUE), len(Color.WHITE))
