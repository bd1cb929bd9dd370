# floor, ceil and trunc return ints.
import math
print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.floor(5))
print(math.modf(3.25), math.fmod(7, 3), math.fabs(-3), math.copysign(2, -0.0))
