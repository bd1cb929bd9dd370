# Iterating a dict visits keys in insertion order; re-setting a key keeps its place.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["z"] = 4
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v, end="; ")
print()
