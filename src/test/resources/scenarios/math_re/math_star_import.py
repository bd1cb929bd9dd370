# from math import * binds every name; globals() sees them.
from math import *
import sys

print(gamma(5), lgamma(10), erf(1), erfc(1), cbrt(64), exp2(3), ulp(1.0), nextafter(0, 1))
print(dist((0, 0), (3, 4)), comb(6, 2), perm(4, 2), isqrt(99), prod([1, 2, 3, 4]), remainder(10, 3))
print(frexp(48.0), ldexp(0.75, 6), modf(3.25), fmod(10, 4), copysign(2, -1), trunc(-3.9))
print(pow(2, 10), type(pow(2, 10)).__name__, pi, e, tau, inf, -inf, nan)
print('gamma' in globals(), 'lgamma' in globals(), len(globals()))
print(globals()['erfc'](0.5))
print(sys.getrefcount(pi), sys.getrefcount(inf), sys.getrefcount(tau))
print(fsum([0.1] * 10), hypot(3, 4, 12), acosh(2), asinh(1), atanh(0.5), expm1(1), log1p(1))
