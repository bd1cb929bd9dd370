from math import gcd

class Frac:
    __slots__ = ("num", "den")
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        g = gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.den, self.den * o.num)
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __abs__(self):
        return Frac(abs(self.num), self.den)
    def __eq__(self, o):
        o = self._coerce(o)
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return f"Frac({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

a, b = Frac(1, 3), Frac(-2, 4)
print(a, b, a + b, a - b, a * b, a / b)
print(1 + a, 2 - a, 3 * b, -a, abs(b))
print(sum([Frac(1, n) for n in range(1, 7)], Frac(0)))
print(sorted([Frac(3, 4), Frac(1, 2), Frac(5, 6), Frac(-1, 3)]))
print(Frac(2, 4) == Frac(1, 2), Frac(4, 2) == 2, len({Frac(1, 2), Frac(2, 4)}))
print(float(Frac(7, 8)), f"{float(Frac(1, 3)):.4f}")
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(max(Frac(1, 7), Frac(1, 6)), repr(min(Frac(1, 7), Frac(1, 6))))
