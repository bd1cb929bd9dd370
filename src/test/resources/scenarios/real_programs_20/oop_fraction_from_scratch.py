from math import gcd


class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num = num // g
        self.den = den // g

    @classmethod
    def parse(cls, text):
        text = text.strip()
        if "/" in text:
            a, b = text.split("/")
            return cls(int(a), int(b))
        if "." in text:
            whole, frac = text.split(".")
            return cls(int(whole + frac), 10 ** len(frac))
        return cls(int(text))

    @staticmethod
    def _coerce(value):
        if isinstance(value, Frac):
            return value
        if isinstance(value, int):
            return Frac(value)
        return None

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __add__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return Frac(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return self + Frac(-other.num, other.den)

    def __rsub__(self, other):
        return Frac(-self.num, self.den) + other

    def __mul__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return Frac(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return Frac(self.num * other.den, self.den * other.num)

    def __rtruediv__(self, other):
        return Frac(other) / self

    def __pow__(self, n):
        if n >= 0:
            return Frac(self.num ** n, self.den ** n)
        return Frac(self.den ** -n, self.num ** -n)

    def __eq__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = self._coerce(other)
        return self.num * other.den < other.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __round__(self, ndigits=None):
        return round(float(self), ndigits)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def mixed(self):
        whole, rest = divmod(abs(self.num), self.den)
        sign = "-" if self.num < 0 else ""
        if rest == 0:
            return f"{sign}{whole}"
        return f"{sign}{whole} {rest}/{self.den}" if whole else f"{sign}{rest}/{self.den}"


half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third)
print(1 + half, 1 - third, 2 * third, 1 / third, third ** 2, half ** -3)
print(repr(Frac(6, -8)), Frac(10, 5), Frac.parse("3/12"), Frac.parse("0.375"), Frac.parse(" 7 "))
print(float(Frac(7, 8)), int(Frac(-7, 2)), round(Frac(2, 3), 3), abs(Frac(-3, 4)))
print(sorted([Frac(3, 4), Frac(1, 8), Frac(-1, 2), Frac(2, 3)]))
print(Frac(22, 7).mixed(), Frac(-17, 5).mixed(), Frac(3, 9).mixed(), Frac(8, 4).mixed())
harmonic = sum(Frac(1, n) for n in range(1, 11))
print("H(10) =", harmonic, "~", round(harmonic, 5))
egypt, rest = [], Frac(7, 15)
while rest.num != 0:
    unit = Frac(1, -(-rest.den // rest.num))
    egypt.append(str(unit))
    rest = rest - unit
print("7/15 =", " + ".join(egypt))
print(Frac(1, 2) == 0.5, Frac(4, 2) == 2, Frac(1, 3) <= Frac(2, 6), len({Frac(1, 2), Frac(2, 4)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    half + 0.5
except TypeError as e:
    print("TypeError:", e)
