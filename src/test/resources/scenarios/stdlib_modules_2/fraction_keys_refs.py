# Fractions as dict keys and set members, and the ints they hold.
import sys
from fractions import Fraction

prices = {Fraction(1, 2): "half", Fraction(1): "one", 0.25: "quarter"}
print(prices[0.5], prices[1], prices[Fraction(1, 4)])
seen = {Fraction(2, 4), Fraction(1, 2), Fraction(3, 6)}
print(seen, len(seen))
print(Fraction(1, 3) in {Fraction(2, 6)}, 1 in {Fraction(1)})
big = 10 ** 30
f = Fraction(big)
print(f.numerator is big, sys.getrefcount(big))
g = Fraction(big, 3)
print(g.numerator is big, g)
del f
print(sys.getrefcount(big))
print(isinstance(g, Fraction), type(g))
