# A math toolkit: primes, gcd/lcm, combinatorics, sqrt methods, mean/median/mode by hand vs statistics.
import math
import statistics


def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]


def factorize(n):
    f, d = {}, 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f


def newton_sqrt(x, tol=1e-12):
    guess = x / 2
    steps = 0
    while abs(guess * guess - x) > tol:
        guess = (guess + x / guess) / 2
        steps += 1
    return guess, steps


print(sieve(60))
for n in (360, 97, 1001, 2 ** 10 * 3 ** 3):
    print(n, factorize(n), " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in factorize(n).items()))
print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.comb(10, 3), math.perm(5, 2), math.factorial(12))
print(newton_sqrt(2), math.sqrt(2), math.isqrt(99), math.hypot(3, 4), math.dist((0, 0), (6, 8)))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(sum([0.1] * 10), 1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.copysign(3, -0.0), math.fabs(-4))
print(f"{math.pi:.10f} {math.e:.5f} {math.tau / 2 == math.pi} {math.log(1000, 10):.6f} {math.log2(1024)}")
print(f"{math.degrees(math.pi / 3):.1f} {math.sin(math.radians(30)):.3f} {math.atan2(1, 1):.4f}")
data = [2, 4, 4, 4, 5, 5, 7, 9]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / len(data)
print(mean, var, math.sqrt(var), statistics.pstdev(data), statistics.stdev(data))
print(statistics.median(data), statistics.mode(data), statistics.median_low([1, 3, 5, 7]),
      statistics.median_high([1, 3, 5, 7]), statistics.multimode("aabbc"))
print(statistics.quantiles(data, n=4), statistics.variance(data), statistics.fmean(data))
