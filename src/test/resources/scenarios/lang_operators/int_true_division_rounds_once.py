# Int / int is rounded once to the nearest double, for ints of any size, as CPython's
# long_true_divide rounds it; results past the largest double raise OverflowError.
import random

random.seed(2026)

for trial in range(400):
    a = random.getrandbits(random.randint(1, 300)) - random.getrandbits(40)
    b = random.getrandbits(random.randint(1, 200)) + 1
    print(a / b)

# Halfway cases: 2**53 + 1 sits exactly between two doubles; the remainder decides the rounding.
for k in range(54, 60):
    n = 2 ** k + 1
    print(k, n / 1, (n * 3 + 1) / 3, (n * 7 - 1) / 7, -n / 1)

for a, b in [(10 ** 400, 3), (-(10 ** 400), 7), (2 ** 1024 - 2 ** 970, 1), (2 ** 1024 - 2 ** 971, 1), (10 ** 309, 10)]:
    try:
        print(a / b)
    except OverflowError as error:
        print(type(error).__name__, error)

# A remainder far smaller than the quotient still breaks the tie: 34 decimal digits would not.
b = 10 ** 20 + 7
for a in [(2 ** 53 + 1) * b + 1, (2 ** 53 + 1) * b - 1, (2 ** 53 + 3) * b + 1, -((2 ** 60 + 2 ** 7) * b + 1)]:
    print(a / b)

# Below the smallest normal double the steps are 2**-1074, and halfway rounds to even.
print(1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076, 1 / (2 ** 1075 - 1), 2 ** 52 / 2 ** 1074)
random.seed(7)
for trial in range(60):
    b = random.getrandbits(random.randint(1030, 1100)) + 1
    a = random.getrandbits(random.randint(1, 60)) + 1
    print(a / b)
