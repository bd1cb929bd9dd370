import itertools

def primes():
    composites = {}
    for n in itertools.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

first = list(itertools.islice(primes(), 15))
print(first)
print(sieve(60) == [p for p in first if p <= 60])
twins = [(p, q) for p, q in zip(first, first[1:]) if q - p == 2]
print("twins:", twins)
for n in (84, 97, 360, 1001, 2 ** 10 - 1):
    f = factorize(n)
    print(f"{n:>5} = {' x '.join(map(str, f))}")
gaps = [b - a for a, b in zip(sieve(200), sieve(200)[1:])]
print("max gap below 200:", max(gaps), "count of primes:", len(sieve(200)))
gen = primes()
print(next(gen), next(gen), next(gen))
print(sum(itertools.takewhile(lambda p: p < 100, primes())))
