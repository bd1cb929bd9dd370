import math
from fractions import Fraction


def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))


for n in range(1, 7):
    h = harmonic(n)
    print(f"H({n}) = {str(h):>8} ~ {float(h):.4f}")
a = Fraction(3, 4)
b = Fraction(5, 6)
print(a + b, a - b, a * b, a / b, a ** 2)
print(Fraction("0.125"), Fraction(2.5), Fraction(10, 4).limit_denominator(3))
print(sorted([Fraction(1, 3), Fraction(1, 4), Fraction(2, 5)]))
print(math.gcd(84, 36), math.lcm(4, 6), math.comb(6, 2), math.perm(5, 2), math.factorial(6))
print(math.isqrt(99), math.hypot(3, 4), round(math.log(1000, 10), 6), math.copysign(2, -0.0))
print(a.numerator, a.denominator, a == 0.75, a < b)
