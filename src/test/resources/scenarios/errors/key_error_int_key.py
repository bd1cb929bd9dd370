# KeyError shows the repr of a non-string key.
d = {1: "one"}
print(d[1])
del d[2]
