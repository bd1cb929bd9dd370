# Indexing past the end of a tuple.
n = 1
t = (n, 2)
print(t[-2])
print(t[-3])
