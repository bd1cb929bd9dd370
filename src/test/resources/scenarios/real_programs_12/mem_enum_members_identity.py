import sys
from enum import Enum, auto


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

    @property
    def hexcode(self):
        return {"RED": "#f00", "GREEN": "#0f0", "BLUE": "#00f"}[self.name]


print(list(Color))
print(Color(2), Color["BLUE"], Color.RED.value)
print(Color(1) is Color.RED, Color["RED"] is Color.RED)
first = Color.RED
print(first.hexcode, first == Color.RED, first is Color.RED)
palette = [Color.RED] * 5
print(len(Color.__members__), Color.RED in palette)
print([c.name for c in Color if c is not Color.GREEN])
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color.RED = 3
except AttributeError as e:
    print(e)
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
counts = {c: 0 for c in Color}
for c in [Color.RED, Color.BLUE, Color.RED]:
    counts[c] += 1
print(counts)
