# math functions convert an instance through its class's __float__ (floor/ceil too; trunc asks only __trunc__)
import math
class Money:
    def __init__(self, c):
        self.c = c
    def __float__(self):
        print("__float__")
        return self.c / 100
m = Money(250)
print(math.sqrt(m), math.floor(m), math.ceil(m), math.isclose(m, 2.5), math.log(m), math.pow(m, 2), math.fabs(m))
try:
    math.trunc(m)
except TypeError as e:
    print(e)
print(math.hypot(m, m), math.atan2(m, 1) > 0, math.isfinite(m))
class NoFloat:
    pass
try:
    math.sqrt(NoFloat())
except TypeError as e:
    print(e)
