# Unpacking too few values.
print("unpack")
a, b, c = [1, 2]
