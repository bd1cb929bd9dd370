# A class with __iter__ returning self and __next__ raising StopIteration drives a for loop; the loop's iterator holds the object.
import sys

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

c = Countdown(3)
print("before", sys.getrefcount(c))
for x in c:
    print(x, sys.getrefcount(c))
print("after", sys.getrefcount(c))
