# An iterable that makes a fresh iterator object per loop can be looped twice; each iterator holds the iterable.
import sys

class Range3:
    def __iter__(self):
        return Range3Iterator(self)

class Range3Iterator:
    def __init__(self, source):
        self.source = source
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == 3:
            raise StopIteration
        self.i += 1
        return self.i

r = Range3()
it = iter(r)
print(sys.getrefcount(r), type(it).__name__)
print(list(it), list(it))
print(list(r), list(r))
del it
print(sys.getrefcount(r))
