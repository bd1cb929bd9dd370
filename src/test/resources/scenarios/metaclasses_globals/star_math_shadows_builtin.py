# math's pow replaces the builtin pow once imported with *
print(pow(2, 3))
from math import *
print(pow(2, 3))
print(fabs(-3), trunc(-2.5), factorial(5))
print(gcd(12, 18), comb(5, 2), perm(5, 2))
