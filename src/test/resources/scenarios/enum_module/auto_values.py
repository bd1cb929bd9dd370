from enum import Enum, auto

class Direction(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()

print(list(Direction))
print(Direction.WEST.value)

class Mixed(Enum):
    A = auto()
    B = 10
    C = auto()

print([m.value for m in Mixed])
