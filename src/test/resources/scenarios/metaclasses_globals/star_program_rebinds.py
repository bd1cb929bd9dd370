# A program that defines its own name after a star import
from math import *

def gamma(x):
    return "my gamma of " + str(x)

e = "my e"
print(gamma(3))
print(e, round(pi, 2))
