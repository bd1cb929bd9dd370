from itertools import count, islice, takewhile


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def windowed(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


print(list(islice(primes(), 15)))
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
print(max(range(1, 30), key=lambda n: sum(1 for _ in collatz(n))))
print(list(windowed(islice(primes(), 6), 3)))
twin = ((p, q) for p, q in windowed(primes(), 2) if q - p == 2)
print(list(islice(twin, 6)))
gen = primes()
print(next(gen), next(gen), gen.__name__, type(gen).__name__)
evens = (x for x in count() if x % 2 == 0)
squares = (x * x for x in evens)
print(list(islice(squares, 5)))
