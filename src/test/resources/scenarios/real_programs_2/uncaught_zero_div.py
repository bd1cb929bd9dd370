def ratio(a, b):
    return a / b
vals = [(1, 2), (3, 0)]
for a, b in vals:
    print(ratio(a, b))
