# Generator expressions nest: the inner one is created per outer value.
rows = 3
g = (sum(c for c in range(r)) for r in range(rows + 1))
print(list(g))
