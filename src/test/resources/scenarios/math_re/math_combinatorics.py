# Counting with comb, perm, factorial and isqrt, including huge arguments.
import math
import sys

print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)])
print(math.perm(7), math.factorial(0), math.factorial(20), math.factorial(21))
print(math.comb(100, 50))
print(math.comb(10**20, 3))
print(math.perm(10**12, 2))
print(len(str(math.factorial(500))), math.factorial(30) % 1000003)
big = math.comb(1000, 500)
print(big.bit_length(), sys.getsizeof(big))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1))
n = 10**50 + 12345
r = math.isqrt(n)
print(r * r <= n < (r + 1) * (r + 1))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18, 30), math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5))
print(math.gcd(2**100, 6**50), math.lcm(2**40, 3**20))
for call in [lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.perm(-3), lambda: math.factorial(-1),
             lambda: math.factorial(2.0), lambda: math.isqrt(-4), lambda: math.comb(5.0, 2), lambda: math.factorial(10**20),
             lambda: math.comb(10**30, 10**29), lambda: math.gcd(1.5)]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.comb(5, 7), math.perm(3, 5), math.perm(5, None))
print(sum(math.comb(20, k) for k in range(21)) == 2**20)
