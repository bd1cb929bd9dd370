# blog post: a class reports its real memory with __sizeof__; sys.getsizeof adds the GC header and 3.11's managed-dict pre-header
import sys

class Buffer:
    def __init__(self, n):
        self.data = bytearray(n)
        self.items = [0] * n
    def __sizeof__(self):
        return super().__sizeof__() + sys.getsizeof(self.data) + sys.getsizeof(self.items)

class Plain:
    pass

class Slotted:
    __slots__ = ("a", "b")
    def __sizeof__(self):
        return object.__sizeof__(self) + 1

b = Buffer(100)
print(sys.getsizeof(b), b.__sizeof__(), object.__sizeof__(b))
print(sys.getsizeof(Plain()), Plain().__sizeof__(), sys.getsizeof(Slotted()), Slotted().__sizeof__())
print([].__sizeof__(), (1, 2).__sizeof__(), "ab".__sizeof__(), (5).__sizeof__(), {}.__sizeof__())

class Negative:
    def __sizeof__(self):
        return -1

class NotInt:
    def __sizeof__(self):
        return "big"

for cls in (Negative, NotInt):
    try:
        sys.getsizeof(cls())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
