# a comparison filled in by total_ordering is a Python function calling the root: self's refcount inside __lt__ shows both frames
import sys
from functools import total_ordering

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __lt__(self, other):
        print("in __lt__", sys.getrefcount(self), sys.getrefcount(other))
        return self.cents < other.cents
    def __eq__(self, other):
        print("in __eq__", sys.getrefcount(self))
        return self.cents == other.cents

x = Money(500)
y = Money(250)
print("direct <", x < y)
print("derived >", x > y)
print("derived <=", x <= y)
print("derived >=", x >= y)
print("after", sys.getrefcount(x), sys.getrefcount(y))
