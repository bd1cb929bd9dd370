# import ... as names a known module; its functions work through the alias.
import math as m
import random as r
r.seed(9)
print(m.sqrt(9), r.randint(1, 3), m.floor(2.5))
