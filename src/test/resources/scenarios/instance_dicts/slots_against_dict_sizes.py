# The classic __slots__ lesson: an instance with a __dict__ pays for the dict as well.
import sys
class WithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class WithSlots:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
a = WithDict(1, 2)
b = WithSlots(1, 2)
print(sys.getsizeof(a), sys.getsizeof(a.__dict__), sys.getsizeof(a) + sys.getsizeof(a.__dict__))
print(sys.getsizeof(b))
print(hasattr(b, '__dict__'))
many = [WithDict(i, i) for i in range(5)]
print([sys.getsizeof(m.__dict__) for m in many])
