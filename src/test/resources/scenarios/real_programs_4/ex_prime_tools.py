def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]

def factorize(n):
    f, d = [], 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f

primes = sieve(60)
print(primes, len(primes))
for n in (12, 97, 360, 1001, 2 ** 10 - 1):
    fs = factorize(n)
    print(f"{n:>5} = {' * '.join(map(str, fs))}")
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(twins)
gaps = [q - p for p, q in zip(primes, primes[1:])]
print(max(gaps), gaps.index(max(gaps)))
