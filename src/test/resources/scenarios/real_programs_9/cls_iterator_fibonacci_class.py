class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIterator(self.limit)


class FibIterator:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


f = Fib(100)
print(list(f))
print(sum(f), max(f), 21 in f, 22 in f)
it = iter(f)
print(next(it), next(it), next(it), list(it))
print(list(zip(Fib(10), "abcdefgh")))
print(next(iter(Fib(-1)), "empty"))
import itertools
print(list(itertools.takewhile(lambda n: n < 20, Fib(1000))))
print(sorted(Fib(50), key=lambda n: (n % 3, -n)))
