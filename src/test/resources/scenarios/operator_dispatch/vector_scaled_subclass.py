# A 2-D vector and a subclass that wants to know when it sits on the right of +.
import gc

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        print(f"  Vec.__add__ on {type(self).__name__} + {type(other).__name__}")
        return Vec(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        print("  Vec.__radd__")
        return self.__add__(other)

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class TracedVec(Vec):
    def __radd__(self, other):
        print(f"  TracedVec.__radd__ sees {other!r} on the left")
        return TracedVec(other.x + self.x, other.y + self.y)


a = Vec(1, 2)
t = TracedVec(10, 20)
print("Vec + TracedVec:")
print(a + t)
print("TracedVec + Vec:")
print(t + a)
print("Vec + Vec:")
print(a + Vec(0, 1))
total = sum([t, t], Vec(0, 0))
print("sum:", total)
gc.collect()
print(gc.get_count())
