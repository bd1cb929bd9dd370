# from math import * in a geometry script
import sys
from math import *

r = 2.0
print(round(pi * r ** 2, 4))
print(sqrt(16), floor(2.7), ceil(2.1))
print(pow(2, 10), type(pow(2, 10)).__name__)
print(hypot(3, 4), degrees(pi))
print(isclose(sin(pi), 0, abs_tol=1e-9))
