# Primes with isqrt, perfect squares, and digit sums of big factorials.
import math
import gc

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True

primes = [n for n in range(200) if is_prime(n)]
print(primes)
squares = [n for n in range(1, 2000) if math.isqrt(n) ** 2 == n]
print(squares[-5:], len(squares))
f = math.factorial(100)
print(sum(int(c) for c in str(f)), f.bit_length())
print([math.comb(2 * n, n) // (n + 1) for n in range(15)])
gc.collect()
pairs = [(a, b, math.gcd(a, b)) for a in range(1, 30, 7) for b in range(1, 30, 5)]
print(pairs[:6], gc.get_count())
