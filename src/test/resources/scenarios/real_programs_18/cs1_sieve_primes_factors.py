# Number theory lab: sieve, factorisation, gcd/lcm, perfect numbers, digit sums.
import math

def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

primes = sieve(100)
print(len(primes), primes[:10], primes[-3:])

def factorise(n):
    factors, d = {}, 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

for n in [360, 97, 1001, 2 ** 10, 600851475143]:
    f = factorise(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))

def my_gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(my_gcd(84, 36), math.gcd(84, 36), math.lcm(4, 6, 10), math.gcd(0, 5))
perfect = [6, 28, 496, 8128]
print(perfect, all(sum(d for d in range(1, p) if p % d == 0) == p for p in perfect[:3]))
print([sum(int(d) for d in str(2 ** k)) for k in (10, 50, 100)])
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(twins[:6], len(twins))
goldbach = {n: next((p, n - p) for p in primes if n - p in set(primes)) for n in range(4, 30, 4)}
print(goldbach)
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), divmod(2 ** 31, 1000))
