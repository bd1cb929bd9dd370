# The normal distribution's CDF through erf, and tail probabilities through erfc.
import math

def phi(z):
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))

for z in [-4.0, -3.0, -2.5, -1.96, -1.0, -0.5, 0.0, 0.25, 0.5, 0.84, 1.0, 1.25, 1.645, 1.96, 2.58, 3.0, 5.0, 6.5]:
    print(f"{z:6.3f} {phi(z)!r} {math.erfc(z)!r} {math.erf(z)!r}")
for x in [1e-300, 5e-324, -1e-10, 0.84375, 1.25, 2.857142857142857, 2.86, 27.9, 28.0, -27.0, 30.0, float("inf"), float("-inf")]:
    print(repr(math.erf(x)), repr(math.erfc(x)))
print(math.erf(float("nan")), math.erfc(-0.0), math.erf(-0.0))
total = sum(math.erfc(k / 10) for k in range(100))
print(repr(total))
