# factorial, gcd, lcm, comb and perm are exact.
import math
print(math.factorial(20), math.factorial(0), math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.gcd())
print(math.comb(10, 3), math.perm(5, 2), math.perm(4), math.comb(3, 5))
