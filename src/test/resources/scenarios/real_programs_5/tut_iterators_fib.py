from itertools import islice, takewhile, count

class Fib:
    def __init__(self, limit=None):
        self.limit = limit

    def __iter__(self):
        return FibIterator(self.limit)


class FibIterator:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit
        self.produced = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.limit is not None and self.produced >= self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        self.produced += 1
        return value


print(list(Fib(10)))
seq = Fib(5)
print(list(seq), list(seq), sum(seq))
print(list(islice(Fib(), 20, 25)))
print(list(takewhile(lambda x: x < 100, Fib())))
it = iter(Fib(3))
print(next(it), next(it), next(it), next(it, "done"))

def spread_tracker():
    low = high = None
    seen = 0
    value = yield
    while value is not None:
        seen += 1
        low = value if low is None else min(low, value)
        high = value if high is None else max(high, value)
        value = yield (low, high, high - low)
    return seen

tracker = spread_tracker()
tracker.send(None)
for v in [10, 20, 60, 5]:
    lo, hi, spread = tracker.send(v)
    print(f"sent {v:>2} range {lo}..{hi} spread {spread}")
try:
    tracker.send(None)
except StopIteration as stop:
    print("finished after", stop.value, "values")

evens = (n for n in count() if n % 2 == 0)
squares = map(lambda n: n * n, evens)
print(list(islice(squares, 6)))
print(next(evens))
pairs = zip(Fib(), "abcde")
print(dict(pairs))
