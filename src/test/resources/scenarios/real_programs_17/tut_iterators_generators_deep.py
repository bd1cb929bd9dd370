# The iterator protocol and generators: hand-written iterators, iter() with a sentinel, send(), itertools.
import itertools
import sys


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


c = Countdown(4)
print(list(c), list(c), list(reversed(c)), sum(c), max(c), 3 in c, 9 in c)


class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(100)
print(list(f), list(f))
it = iter(Fib(10))
print(next(it), next(it), next(it), next(it, "done"), list(it), next(it, "done"))

lines = iter(["alpha", "beta", "", "gamma"])
for line in iter(lambda: next(lines), ""):
    print("line:", line)
print(list(lines))


def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = running_average()
print(next(avg))
for v in (10, 20, 30, 5):
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished:", stop.value)


def take(n, iterable):
    return list(itertools.islice(iterable, n))


def naturals():
    n = 1
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(take(10, primes()))
print(take(5, (x * x for x in naturals() if x % 3 == 0)))
print(list(itertools.takewhile(lambda p: p < 30, primes())))
squares = (x * x for x in range(5))
print(sys.getsizeof(squares) > 0, list(squares), list(squares))
pairs = zip("abc", itertools.count(1))
print(dict(pairs))
print(list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.repeat("x", 3)))
print([list(g) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))))
gen = (i for i in range(3))
print(next(gen), gen.__next__(), list(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")


def delegating():
    result = yield from running_average()
    print("inner returned", result)
    yield "after"


d = delegating()
next(d)
d.send(4)
d.send(8)
print(d.send(None))
