# While a class's __iter__ runs for a for loop, the loop's operand is still on the stack: getrefcount(self) is 4 inside
import sys
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        print("__iter__ refcount", sys.getrefcount(self))
        return iter(list(range(self.start, 0, -1)))
c = Countdown(3)
for n in c:
    print(n)
print("after", sys.getrefcount(c))
