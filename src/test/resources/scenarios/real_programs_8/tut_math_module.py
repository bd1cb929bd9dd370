import math

print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.isqrt(17), math.pow(2, 0.5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(10))
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.sin(math.pi / 2), round(math.cos(math.pi), 3), math.degrees(math.pi))
print(math.radians(180), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.fsum([0.1] * 10))
print(math.inf > 10 ** 100, math.isinf(-math.inf), math.isnan(math.nan), math.nan == math.nan)
print(math.copysign(3, -0.0), math.fabs(-4), math.modf(3.75), math.frexp(8.0))
print(abs(-3.5), 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** -1, 10 / 4)

def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    if disc < 0:
        return ()
    root = math.sqrt(disc)
    return tuple(sorted({(-b - root) / (2 * a), (-b + root) / (2 * a)}))

print(quadratic(1, -3, 2), quadratic(1, 2, 1), quadratic(1, 0, 1))
