# The tutorial's "Floating Point Arithmetic: Issues and Limitations" checked line by line.
import math
from fractions import Fraction

print(0.1, repr(0.1), format(0.1, '.17f'), format(0.1, '.55f'))
print(1 / 10, math.pi, repr(math.pi), format(math.pi, '.12g'), format(math.pi, '.2f'))
print(.1 + .1 + .1 == .3, round(.1, 1) + round(.1, 1) + round(.1, 1) == round(.3, 1))
print(round(.1 + .1 + .1, 10) == round(.3, 10), math.isclose(0.1 + 0.1 + 0.1, 0.3))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, sum([0.1] * 10), math.fsum([0.1] * 10))
x = 3.14159
print(x.as_integer_ratio(), x == 3537115888337719 / 1125899906842624)
print(x.hex()[2:], float.fromhex('0x1.921f9f01b866ep+1') == x)
print(Fraction(0.1), (0.1).as_integer_ratio(), Fraction(0.1).limit_denominator())
print(round(2.675, 2), format(2.675, '.20f'), round(0.5), round(1.5), round(2.5), round(-0.5))
print(2 ** 53 + 1.0 == 2 ** 53, float(2 ** 53 + 1), 1e16 + 1 == 1e16, 9007199254740993)
print(float('inf') > 1e308, float('inf') - float('inf'), math.isnan(float('nan')), float('nan') == float('nan'))
print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2, 2.2250738585072014e-308)
print(int(2.9), int(-2.9), math.floor(-2.9), math.ceil(-2.1), math.trunc(-2.9), round(-2.9))
print(7 / 2, 7 // 2, -7 // 2, 7 % -3, divmod(-7.5, 2), math.fmod(-7.5, 2), math.remainder(7, 2))
print(f"{1/3:.3f} {2/3:.3e} {1e-5} {123456789.0} {1234567890123456789.0} {0.0001} {0.00001}")
print(float("1_000.5"), float(" -12.5e-3 "), float("inf"), float("-Infinity"), float("nan"))
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(math.exp(1) == math.e, math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2))
print(sum(1 / n ** 2 for n in range(1, 10001)), math.pi ** 2 / 6)
print(math.ulp(1.0), math.nextafter(1.0, 2.0), 1.0 + math.ulp(1.0) / 2 == 1.0)
