from itertools import count, islice, takewhile

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n

def twin_primes():
    gen = primes()
    prev = next(gen)
    for p in gen:
        if p - prev == 2:
            yield prev, p
        prev = p

print(list(islice(primes(), 15)))
print(list(islice(twin_primes(), 6)))
print(sum(takewhile(lambda p: p < 100, primes())))
g = primes()
print(next(g), next(g), next(g))
print([p for p in islice(g, 5) if p % 10 == 3])
