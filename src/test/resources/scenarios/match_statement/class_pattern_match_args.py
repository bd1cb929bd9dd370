# Class patterns: positional sub-patterns through __match_args__, keywords by attribute, isinstance first, subclasses match.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x at {x}"
        case Point(y=0) | Point(x=0):
            return "never reached for axes"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point3(0, 0, 0), Point3(1, 0, 9), Point(4, 0), Point(3, 3), Point(1, 2), (0, 0)]:
    print(where(p))
