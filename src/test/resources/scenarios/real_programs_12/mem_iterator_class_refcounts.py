import sys


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self)


class CountdownIter:
    def __init__(self, source):
        self.source = source
        self.n = source.start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print("before loop:", sys.getrefcount(c))
for value in c:
    print(value, "source refs in loop:", sys.getrefcount(c))
print("after loop:", sys.getrefcount(c))
it = iter(c)
print("with live iterator:", sys.getrefcount(c))
print(list(it), list(it))
del it
print("iterator gone:", sys.getrefcount(c))
print(list(zip(Countdown(2), Countdown(5))))
print(sum(Countdown(100)), max(Countdown(7)), 3 in Countdown(5))
