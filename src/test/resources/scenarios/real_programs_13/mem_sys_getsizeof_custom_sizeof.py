import sys

class Buffer:
    def __init__(self, n):
        self.data = bytearray(n)
    def __sizeof__(self):
        return object.__sizeof__(self) + sys.getsizeof(self.data)

class Bare:
    pass

b = Buffer(100)
print("Buffer sizeof:", b.__sizeof__())
print("getsizeof adds gc header:", sys.getsizeof(b) - b.__sizeof__())
print("Bare:", sys.getsizeof(Bare()), Bare().__sizeof__())
print("list sizeof vs getsizeof:", [].__sizeof__(), sys.getsizeof([]))
print("int sizeof vs getsizeof:", (5).__sizeof__(), sys.getsizeof(5))
print("default arg:", sys.getsizeof(object(), 99))

class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print("ValueError:", e)
