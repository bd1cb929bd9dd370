import weakref, sys
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        print("  eq", self.x, other.x)
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"
p, q = Point(1, 2), Point(1, 2)
w = weakref.WeakKeyDictionary()
w[p] = "p"
print(w[q], q in w, len(w))
w[q] = "q"
print(len(w), list(w.items()))
del p
print(len(w), list(w.items()))
try:
    print(w[Point(3, 4)])
except KeyError as e:
    print("KeyError")
s = weakref.WeakSet([q])
print(Point(1, 2) in s)
