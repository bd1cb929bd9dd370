from itertools import islice, count, takewhile

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n

def pairs(gen):
    prev = next(gen)
    for cur in gen:
        yield prev, cur
        prev = cur

print(list(islice(primes(), 15)))
twins = ((a, b) for a, b in pairs(primes()) if b - a == 2)
print(list(islice(twins, 6)))
gaps = {}
for a, b in islice(pairs(primes()), 100):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(dict(sorted(gaps.items())))
def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_total(islice(primes(), 10))))
