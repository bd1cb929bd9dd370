# float(s) reads Python's float syntax, infinities and nan.
print(float("1.5"), float("  -2.5e3 "), float(".5"), float("5."), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("1e-3"))
