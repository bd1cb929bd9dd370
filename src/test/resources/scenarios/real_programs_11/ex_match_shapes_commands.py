from dataclasses import dataclass

@dataclass
class Point:
    x: float
    y: float

@dataclass
class Circle:
    center: Point
    radius: float

@dataclass
class Rect:
    corner: Point
    w: float
    h: float

def describe(shape):
    match shape:
        case Circle(center=Point(x=0, y=0), radius=r):
            return f"circle at origin r={r}"
        case Circle(radius=r) if r > 10:
            return "big circle"
        case Circle():
            return "some circle"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(corner=Point(x, y)):
            return f"rect at ({x}, {y})"
        case [first, *rest]:
            return f"list starting with {describe(first)} and {len(rest)} more"
        case {"type": kind, **others}:
            return f"dict of type {kind} with {sorted(others)}"
        case _:
            return "unknown"

things = [Circle(Point(0, 0), 2), Circle(Point(1, 1), 20), Circle(Point(1, 1), 1),
          Rect(Point(0, 0), 3, 3), Rect(Point(2, 5), 1, 4), [Rect(Point(0, 0), 1, 1), 1, 2],
          {"type": "blob", "size": 3, "color": "red"}, 42]
for t in things:
    print(describe(t))
