# Enum with auto() and methods, match statements on class patterns.
from enum import Enum, auto
from dataclasses import dataclass

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]

class Status(Enum):
    ACTIVE = "active"
    BANNED = "banned"

    @property
    def can_post(self):
        return self is Status.ACTIVE

@dataclass
class Circle:
    r: float

@dataclass
class Rect:
    w: float
    h: float

@dataclass
class Line:
    length: float

def area(shape):
    match shape:
        case Circle(r=0):
            return "point"
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w=w, h=h):
            return w * h
        case Color.RED | Color.BLUE:
            return "a primary color"
        case Color():
            return "another color"
        case [first, *rest]:
            return f"list of {1 + len(rest)} starting {first}"
        case {"kind": kind, **others}:
            return f"dict kind={kind} extra={sorted(others)}"
        case int() | float() as num if num < 0:
            return "negative"
        case str(s):
            return f"text {s!r}"
        case _:
            return "unknown"

for c in Color:
    print(c, c.describe(), repr(c))
print(Color.parse("green"), Color(3), list(Color.__members__))
print(Status("banned").can_post, Status.ACTIVE.can_post)
for s in [Circle(0), Circle(2), Rect(3, 3), Rect(2, 5), Line(4), Color.RED, Color.GREEN,
          [1, 2, 3], {"kind": "x", "a": 1, "b": 2}, -4, 2.5, "hey", None]:
    print(area(s))
try:
    Color("red")
except ValueError as e:
    print("ValueError:", e)
try:
    Color.parse("pink")
except KeyError as e:
    print("KeyError:", e)
