# Fraction class from a textbook
import math
class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g
    def __add__(self, o):
        if isinstance(o, int):
            o = Fraction(o)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __mul__(self, o):
        return Fraction(self.num * o.num, self.den * o.den)
    def __truediv__(self, o):
        return Fraction(self.num * o.den, self.den * o.num)
    def __eq__(self, o):
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        return self.num * o.den < o.num * self.den
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"
    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)
a, b = Fraction(1, 2), Fraction(3, -4)
print(a + b, a * b, a / b, 1 + a, sum([a, a, a]))
print(a == Fraction(2, 4), sorted([a, b, Fraction(0)]), float(b))
print(repr(a), str(Fraction(4, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
