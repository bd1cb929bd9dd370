from math import gcd
from functools import total_ordering

@total_ordering
class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        g = gcd(num, den)
        sign = -1 if den < 0 else 1
        self.num = sign * num // g
        self.den = sign * den // g
    def __add__(self, o):
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    def __mul__(self, o):
        return Fraction(self.num * o.num, self.den * o.den)
    def __eq__(self, o):
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        return self.num * o.den < o.num * self.den
    def __float__(self):
        return self.num / self.den
    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)

half = Fraction(1, 2)
third = Fraction(1, 3)
print(half + third, half * third, Fraction(6, -8))
print(half > third, half <= third, half == Fraction(2, 4))
print(float(third), round(float(Fraction(22, 7)), 3))
total = Fraction(0)
for d in range(1, 6):
    total = total + Fraction(1, d)
print(total)
print(sorted([Fraction(3, 4), half, third], reverse=True)[0])
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
