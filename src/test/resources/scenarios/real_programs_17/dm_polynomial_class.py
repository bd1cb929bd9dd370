# A Polynomial with the numeric protocol: +, -, *, **, call to evaluate, derivative, equality and hashing.
from fractions import Fraction


class Polynomial:
    def __init__(self, *coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = tuple(coeffs) or (0,)

    @property
    def degree(self):
        return len(self.coeffs) - 1

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other):
        if not isinstance(other, Polynomial):
            other = Polynomial(other)
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + (0,) * (n - len(self.coeffs))
        b = other.coeffs + (0,) * (n - len(other.coeffs))
        return Polynomial(*(x + y for x, y in zip(a, b)))

    __radd__ = __add__

    def __neg__(self):
        return Polynomial(*(-c for c in self.coeffs))

    def __sub__(self, other):
        return self + (-other if isinstance(other, Polynomial) else Polynomial(-other))

    def __rsub__(self, other):
        return -self + other

    def __mul__(self, other):
        if not isinstance(other, Polynomial):
            return Polynomial(*(c * other for c in self.coeffs))
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            return NotImplemented
        result = Polynomial(1)
        for _ in range(n):
            result = result * self
        return result

    def derivative(self):
        return Polynomial(*(i * c for i, c in enumerate(self.coeffs) if i)) if self.degree else Polynomial(0)

    def __eq__(self, other):
        if isinstance(other, (int, float, Fraction)):
            other = Polynomial(other)
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __hash__(self):
        return hash(self.coeffs)

    def __bool__(self):
        return self.coeffs != (0,)

    def __len__(self):
        return len(self.coeffs)

    def __getitem__(self, i):
        return self.coeffs[i] if i < len(self.coeffs) else 0

    def __repr__(self):
        return f"Polynomial{self.coeffs}"

    def __str__(self):
        terms = []
        for i in range(self.degree, -1, -1):
            c = self.coeffs[i]
            if c == 0 and self.degree:
                continue
            coef = "" if c == 1 and i else "-" if c == -1 and i else str(c)
            power = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(coef + power)
        return " + ".join(terms).replace("+ -", "- ")


x = Polynomial(0, 1)
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print(p, "|", q, "|", repr(p), p.degree, len(p))
print(p + q, "|", p - q, "|", p * q, "|", 1 - x, "|", q ** 3)
print([p(v) for v in range(-2, 3)], p(Fraction(1, 3)), p(0.5))
print(p.derivative(), "|", (q ** 3).derivative(), "|", Polynomial(7).derivative())
print(p == Polynomial(1, -2, 3), Polynomial(5) == 5, bool(Polynomial(0, 0)), bool(q), x * 0 == 0)
print(len({p, Polynomial(1, -2, 3), q}), p[0], p[2], p[10])
try:
    p ** -1
except TypeError as e:
    print("TypeError:", e)
roots = [r for r in range(-5, 6) if (q ** 2 * (x + 3))(r) == 0]
print("integer roots:", roots)
