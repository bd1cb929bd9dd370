# An operator method that fails half-way (its own + raising) called from another operator in a function:
# the operands of both stay counted right, and the instance lives on.
import sys

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __mul__(self, other):
        if len(self.xs) + other.size:
            return 0
        return 1

    def __add__(self, other):
        return [a + b for a, b in zip(self.xs, other.xs)]

    def __lt__(self, other):
        return self.xs < other.xs

v = Vec(1, 2)
w = Vec(3, 4)

def scaled(a, b):
    return a * b

def compared(a, b):
    return a < b

for attempt in (lambda: scaled(v, "text"), lambda: v * 3, lambda: compared(v, 5), lambda: v + 1):
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
    print(sys.getrefcount(v), v.xs)
print(v + w, compared(v, w), sys.getrefcount(w))
