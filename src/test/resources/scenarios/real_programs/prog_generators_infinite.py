# infinite generators and itertools helpers
import itertools
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    return list(itertools.islice(it, n))
evens = (n for n in naturals() if n % 2 == 0)
print(take(5, evens))
squares = map(lambda x: x * x, naturals())
print(take(4, squares), next(squares))
def primes():
    seen = []
    for n in naturals(2):
        if all(n % p for p in seen):
            seen.append(n)
            yield n
print(take(10, primes()))
running = itertools.accumulate(naturals())
print(take(5, running))
pairs = zip(naturals(), "abc")
print(list(pairs))
g = naturals()
print(next(g), next(g), sum(itertools.takewhile(lambda x: x < 10, g)))
