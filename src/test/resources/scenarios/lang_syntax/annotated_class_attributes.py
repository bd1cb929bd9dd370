# Annotations in a class body: annotated names with values become class attributes; bare annotations do not.
class Point:
    x: int = 0
    y: int = 0
    label: str

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

p = Point(3, 4)
print(p.x, p.y, Point.x)
print(hasattr(Point, "label"))
