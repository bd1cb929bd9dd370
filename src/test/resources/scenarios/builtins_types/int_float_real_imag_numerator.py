# The number protocol's data attributes: an int's real and numerator are the int itself (a bool
# gives the plain int), imag 0, denominator 1; a float's real is the float, imag 0.0.
import sys
x = 1000
print(x.real, x.imag, x.numerator, x.denominator, x.real is x, sys.getrefcount(x))
print(True.real, type(True.real).__name__, False.numerator, (-7).denominator)
f = 2.5
print(f.real, f.imag, f.real is f, (1e300).imag)
big = 2 ** 100
print(big.real == big, big.numerator is big)
print(sum(n.real for n in [1, 2.5, True]))
