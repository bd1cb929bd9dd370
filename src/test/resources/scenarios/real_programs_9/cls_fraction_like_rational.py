from math import gcd
from functools import total_ordering


@total_ordering
class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        g = gcd(num, den) * (-1 if den < 0 else 1)
        self.num, self.den = num // g, den // g

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Rational) else Rational(x) if isinstance(x, int) else NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __sub__(self, o):
        return self + (-self._coerce(o))

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return self * Rational(o.den, o.num)

    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __bool__(self):
        return self.num != 0


h = Rational(1, 2)
t = Rational(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 3 * t, repr(Rational(4, -8)))
print(sorted([Rational(3, 4), h, t, Rational(2)]))
print(h > t, h <= Rational(2, 4), h == 0.5, float(t), bool(Rational(0, 5)))
print(sum([Rational(1, n) for n in range(1, 5)], Rational(0)))
print(len({Rational(1, 2), Rational(2, 4), Rational(3, 6)}))
try:
    h + 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
