# A numeric report: compound interest, binomial probabilities and the gamma-based beta function.
import math
import gc

def beta(a, b):
    return math.exp(math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))

def binom_pmf(k, n, p):
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)

gc.collect()
rows = []
for n in (5, 10, 20):
    probs = [binom_pmf(k, n, 0.3) for k in range(n + 1)]
    rows.append((n, math.fsum(probs), max(probs), probs.index(max(probs))))
for r in rows:
    print(r)
print(gc.get_count())
for a, b in [(0.5, 0.5), (1, 1), (2, 3), (2.5, 7.25), (10, 20)]:
    print(a, b, repr(beta(a, b)))
balance = 1000.0
for year in range(1, 11):
    balance *= 1 + 0.05
    print(year, round(balance, 2), repr(math.log(balance / 1000) / math.log(1.05)))
print(math.prod(range(1, 11)), math.prod([0.5, 4, 2.5]), math.prod([], start=3), math.prod([2, 3], start=1.5))
print(gc.collect(), gc.get_count())
