from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def handle(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case _:
            return f"unknown: {command!r}"


for c in ["go north", "go up", "take lamp key", "take", "quit", "", "dance now"]:
    print(f"{c!r:18} -> {handle(c)}")


def where(pt):
    match pt:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "elsewhere"
        case {"x": x, "y": y}:
            return f"dict point {x},{y}"
        case (x, y):
            return f"tuple point {x},{y}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2), {"x": 1, "y": 2}, (7, 8), "pt"]:
    print(where(p))
