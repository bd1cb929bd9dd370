# Instances of one class share the key table of their __dict__ as long as
# they get the same attributes in the same order.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
q = Point(3, 4)
print("instance:", sys.getsizeof(p))
print("shared-key dict:", sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__))
plain = {"x": 1, "y": 2}
print("plain dict with same keys:", sys.getsizeof(plain))
p.z = 5
print("after adding z to p:", sys.getsizeof(p.__dict__))
print("q unchanged:", sys.getsizeof(q.__dict__))
print("vars(p):", vars(p))
print("dict(vars(q)):", sys.getsizeof(dict(vars(q))))
