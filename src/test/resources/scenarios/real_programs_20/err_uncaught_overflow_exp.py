import math


def growth(rate, years):
    return math.exp(rate * years)


for years in (1, 10, 100, 1000):
    print(f"{years:>5} years: x{growth(0.8, years):.4g}")
