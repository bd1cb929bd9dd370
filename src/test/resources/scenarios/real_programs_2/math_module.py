import math
print(math.sqrt(16), math.pi, math.floor(2.7), math.ceil(2.1), math.gcd(12, 18))
print(math.factorial(6), math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4), math.log(math.e), math.inf > 1e308)
print(round(math.sin(math.pi / 2), 3), math.comb(5, 2), math.prod([1, 2, 3, 4]))
