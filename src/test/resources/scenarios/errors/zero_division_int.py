# Integer floor division by zero.
n = 10
print("dividing")
print(n // 0)
