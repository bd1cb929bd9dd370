# int(x), float(x) and complex(x) fall back to __index__ when the class has no __int__,
# __float__ or __complex__; %x and %o take __index__, %d takes __int__ first.
import sys


class OnlyIndex:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("  __index__ refcount", sys.getrefcount(self))
        return self.n


class Both:
    def __int__(self):
        return 7

    def __index__(self):
        return 3


o = OnlyIndex(42)
print(int(o), float(o), complex(o))
b = Both()
print(int(b), float(b), [0, 1, 2, 3, 4][b], "%d %x" % (b, b))
print("%x|%o|%d|%5X" % (OnlyIndex(255), OnlyIndex(8), OnlyIndex(12), OnlyIndex(171)))
t = (o,)
print(sys.getrefcount(o))
print(int(OnlyIndex(-1)) + 1, type(int(OnlyIndex(5))))
