# Too few values for the fixed targets around a star: CPython's "expected at least" message.
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    *a, b, c = "x"
except ValueError as e:
    print("ValueError:", e)
a, b, *c = [1, 2]
print(a, b, c)
