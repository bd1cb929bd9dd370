# math constants, sqrt, isqrt, hypot and pow.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.hypot(3, 4), math.pow(2, 10), math.pow(2, 0.5))
