# An instance takes exactly the memory of a tuple with the same number of items (no __dict__).
import sys
from collections import namedtuple
P2 = namedtuple("P2", "a b")
P5 = namedtuple("P5", "a b c d e")
print(sys.getsizeof(P2(1, 2)), sys.getsizeof((1, 2)))
print(sys.getsizeof(P5(1, 2, 3, 4, 5)), sys.getsizeof(tuple(range(5))))
class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b
print(sys.getsizeof(Plain(1, 2)))
