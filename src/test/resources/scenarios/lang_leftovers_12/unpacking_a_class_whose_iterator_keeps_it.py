# Unpacking an instance calls its __iter__ while UNPACK_SEQUENCE's C code holds the popped object:
# an iterator that keeps its source sees one reference from that hold, until unpacking ends.
import gc
import sys


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        print("in __iter__", sys.getrefcount(self))
        return CountdownIter(self)


class CountdownIter:
    def __init__(self, source):
        self.source = source
        self.left = source.start
        print("iterator made", sys.getrefcount(source))

    def __iter__(self):
        return self

    def __next__(self):
        if self.left == 0:
            raise StopIteration
        self.left -= 1
        return self.left + 1


gc.collect()
before = gc.get_count()[0]
a, b, c = Countdown(3)
print(a, b, c, gc.get_count()[0] - before)

first, *rest = Countdown(4)
print(first, rest)

launch = Countdown(2)
x, y = launch
print(x, y, sys.getrefcount(launch))

try:
    p, q = Countdown(3)
except ValueError as err:
    print(err)

for n in Countdown(2):
    print("loop", n)
print(list(Countdown(2)), sum(Countdown(3)))
