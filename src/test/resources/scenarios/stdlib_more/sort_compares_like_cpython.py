# list.sort and sorted compare with < only, in CPython's order (a first run, then binary insertion), with reverse and key; inside __lt__ each item counts the list, the frame and the argument
import sys
import random

class Box:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n}<{other.n}", end=" ")
        return self.n < other.n
    def __repr__(self):
        return f"B{self.n}"

random.seed(7)
boxes = [Box(random.randint(0, 20)) for _ in range(9)]
print(sorted(boxes))
print(sorted(boxes, reverse=True))
boxes.sort(key=lambda b: Box(b.n % 5))
print(boxes)
print(sorted([Box(4), Box(3), Box(2), Box(1)]))

class Probe:
    def __lt__(self, other):
        print("refcounts", sys.getrefcount(self), sys.getrefcount(other))
        return False

a = Probe()
b = Probe()
pair = [a, b]
pair.sort()
