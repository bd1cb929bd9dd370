# enumerate yields index/value pairs, optionally from a start value.
for i, ch in enumerate("abc"):
    print(i, ch)
for i, v in enumerate([10, 20], 1):
    print(i, v)
print(list(enumerate(["x", "y"])))
