# Tuple unpacking, swapping and nested loops over tuples.
a, b = 1, 2
a, b = b, a
print(a, b)
pairs = [(1, "x"), (2, "y")]
for n, s in pairs:
    print(n, s)
