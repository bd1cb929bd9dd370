# merge binds each iterator's __next__: a list or range iterator's method-wrapper, a generator's,
# a program class's own __next__ (a bound method); the last one left is resumed through
# next.__self__ with yield from.
import heapq
import sys


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 2
        return self.n + 2


def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2


c = Countdown(7)
m = heapq.merge(iter([1, 4]), evens(5), reverse=False)
print(list(m))
print(list(heapq.merge(Countdown(9), [8, 6, 0], reverse=True)))
print(sys.getrefcount(c))
m = heapq.merge([0], c, reverse=True)
print(next(m), sys.getrefcount(c))
print(list(m), sys.getrefcount(c), c.n)
print(list(heapq.merge({3, 1}, sorted({2: "b", 0: "a"}), key=lambda x: -x if x > 2 else x)))
