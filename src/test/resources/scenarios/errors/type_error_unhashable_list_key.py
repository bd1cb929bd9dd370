# A list cannot be a dict key.
d = {}
print("inserting")
d[[1, 2]] = 3
