# Looking up a missing dict key.
d = {"a": 1}
print(d["a"])
print(d["x"])
