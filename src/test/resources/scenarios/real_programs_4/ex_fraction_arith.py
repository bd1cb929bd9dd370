from math import gcd
from functools import total_ordering

@total_ordering
class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(num, den) * (-1 if den < 0 else 1)
        self.num, self.den = num // g, den // g

    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        return self + Frac(-o.num, o.den)

    def __mul__(self, o):
        return Frac(self.num * o.num, self.den * o.den)

    def __truediv__(self, o):
        return Frac(self.num * o.den, self.den * o.num)

    def __eq__(self, o):
        return (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else f"{self.num}"

h, t = Frac(1, 2), Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h)
print(Frac(6, -8), Frac(4, 2), float(Frac(1, 8)))
print(sorted([Frac(3, 4), Frac(1, 5), Frac(2, 3)]), h >= t, h <= t)
print(sum([Frac(1, n) for n in range(1, 5)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("error:", e)
try:
    h.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
