# Exact arithmetic with fractions.Fraction: harmonic numbers, continued fractions, Egyptian fractions.
from fractions import Fraction
import math


def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))

for n in (1, 2, 5, 10):
    h = harmonic(n)
    print(n, h, float(h), h.numerator, h.denominator)


def continued_fraction(x):
    terms = []
    while True:
        whole = math.floor(x)
        terms.append(whole)
        x -= whole
        if x == 0:
            return terms
        x = 1 / x

print(continued_fraction(Fraction(415, 93)))
print(continued_fraction(Fraction(649, 200)))


def from_terms(terms):
    value = Fraction(terms[-1])
    for t in reversed(terms[:-1]):
        value = t + 1 / value
    return value

print(from_terms([4, 2, 6, 7]), from_terms([3, 7, 15, 1]))


def egyptian(q):
    parts = []
    while q.numerator != 0:
        d = math.ceil(q.denominator / q.numerator)
        parts.append(Fraction(1, d))
        q -= Fraction(1, d)
    return parts

for q in (Fraction(4, 13), Fraction(5, 6), Fraction(7, 15)):
    print(q, "=", " + ".join(str(p) for p in egyptian(q)))

print(Fraction(3, 6), Fraction(-4, 10), Fraction(10, -4), Fraction('3/7'), Fraction(' -1.25 '), Fraction('1e-3'))
print(Fraction(0.5), Fraction(1.1), Fraction(1.1).limit_denominator(100), Fraction(math.pi).limit_denominator(1000))
x = Fraction(2, 3)
print(x + 1, x * 3, x / 4, x ** 2, x ** -1, 1 - x, 2 ** Fraction(1, 2), x + 0.5)
print(x < 1, x == Fraction(4, 6), x == 0.6666, hash(Fraction(1, 2)) == hash(0.5), Fraction(2, 1) == 2)
print(repr(x), str(x), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), abs(Fraction(-3, 4)), -x, +x)
print(divmod(Fraction(7, 2), Fraction(1, 3)), Fraction(7, 2) // 1, Fraction(7, 2) % 1)
print(sorted([Fraction(1, 3), 0.3, Fraction(1, 4), 1, Fraction(2, 7)]))
print(x.as_integer_ratio(), Fraction(6, 4).is_integer() if hasattr(Fraction, 'is_integer') else 'n/a')
print(f"{float(x):.5f}", "{:>8}".format(str(x)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("one half")
except ValueError as e:
    print("ValueError:", e)
try:
    print(format(x, ".3f"))
except TypeError as e:
    print("TypeError:", e)
print(sum([Fraction(1, 2), Fraction(1, 3), Fraction(1, 6)]) == 1)
print(math.prod([Fraction(1, 2), Fraction(2, 3), Fraction(3, 4)]))
probs = {face: Fraction(1, 6) for face in range(1, 7)}
ev = sum(face * p for face, p in probs.items())
var = sum((face - ev) ** 2 * p for face, p in probs.items())
print("E =", ev, "Var =", var)
