class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)

class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c))
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
for a, b in zip(Countdown(3), Countdown(5)):
    print(a, b)
print(sum(Countdown(10)), max(Countdown(4)), 2 in Countdown(3))
print(dict(enumerate(Countdown(3), start=1)))
