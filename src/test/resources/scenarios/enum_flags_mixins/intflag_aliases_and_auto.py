from enum import IntFlag, auto


class Color(IntFlag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = 7
    YELLOW = 3


print(list(Color), len(Color))
print(list(Color.__members__))
print(repr(Color.WHITE), repr(Color.YELLOW), repr(Color(3)), Color(3) is Color.YELLOW)
print(repr(Color.RED | Color.GREEN), repr(Color.WHITE & ~Color.RED))
print(repr(Color(0)), repr(~Color.WHITE), repr(Color(9)), repr(Color(15)))
print([m.name for m in Color.WHITE])
