# Why 0.1 + 0.2 != 0.3, and how Fraction shows the exact values.
from fractions import Fraction

print(0.1 + 0.2 == 0.3)
print(Fraction(1, 10) + Fraction(2, 10) == Fraction(3, 10))
exact = Fraction(0.1)
print(exact)
print(exact == Fraction(1, 10), exact > Fraction(1, 10))
print(exact.limit_denominator(), exact.limit_denominator(100))
print(Fraction("0.1"), Fraction("1e-2"), Fraction(" -3/9 "))
pi = Fraction("3.141592653589793")
for bound in (10, 100, 1000, 100000):
    approx = pi.limit_denominator(bound)
    print(bound, approx, float(approx), abs(float(approx - pi)) < 1e-3)
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
