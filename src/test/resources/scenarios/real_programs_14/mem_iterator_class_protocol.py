import gc
import sys


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self)


class CountdownIter:
    def __init__(self, source):
        self.source = source
        self.current = source.start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


gc.collect()
cd = Countdown(4)
print(list(cd), list(cd))
it = iter(cd)
print("refcount cd with iterator:", sys.getrefcount(cd))
print(next(it), next(it))
print("rest:", [x * 10 for x in it])
print("exhausted:", next(it, "done"))
del it
print("refcount cd:", sys.getrefcount(cd))
print(sum(Countdown(100)), max(Countdown(7)), sorted(Countdown(3)))
a, b, c = list(Countdown(3))
print(a, b, c, 2 in Countdown(5), 9 in Countdown(5))
print("count:", gc.get_count())
