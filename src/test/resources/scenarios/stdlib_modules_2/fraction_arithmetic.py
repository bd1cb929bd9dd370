# Arithmetic between Fractions, ints and floats, and the types of the results.
from fractions import Fraction
import math

a = Fraction(3, 4)
b = Fraction(5, 6)
for label, value in [("a+b", a + b), ("a-b", a - b), ("a*b", a * b), ("a/b", a / b), ("a//b", a // b),
                     ("a%b", a % b), ("a**2", a ** 2), ("a**-2", a ** -2), ("a+1", a + 1), ("2-a", 2 - a),
                     ("a*0.5", a * 0.5), ("1/a", 1 / a), ("2**a", 2 ** Fraction(2)), ("-a", -a), ("abs", abs(-b))]:
    print(f"{label:<6}{str(value):<8}{type(value).__name__}")
print(divmod(Fraction(17, 3), 2), math.floor(-a), math.ceil(-a), math.trunc(Fraction(-9, 4)))
print(sorted([b, 0.7, a, 1, Fraction(-1, 2)]))
print(max(a, b), min(a, 0.8), sum([Fraction(1, n) for n in range(1, 5)]))
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + "1"
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction("one half")
except ValueError as e:
    print("ValueError:", e)
