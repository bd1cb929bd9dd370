# Nested containers print with their elements' reprs.
n = 2
data = {"list": [1, (n, 3)], "dict": {"inner": [None]}, "tuple": ([], {})}
print(data)
print(str(data) == f"{data}")
