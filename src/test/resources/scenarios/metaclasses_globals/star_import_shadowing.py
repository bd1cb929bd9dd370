# Star imports rebind names: the last one wins
import sys
from math import *
print(pow(3, 2))
from operator import pow
print(pow(3, 2))
from functools import *
from itertools import *
print(list(accumulate([1, 2, 3, 4])))
print(reduce(lambda a, b: a + b, chain([1], [2, 3])))
