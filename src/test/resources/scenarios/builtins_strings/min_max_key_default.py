# min and max take key= and default=, and return the first of equal extremes.
pairs = [("a", 3), ("b", 1), ("c", 3)]
def second(p):
    return p[1]
print(max(pairs, key=second), min(pairs, key=second), max([], default="none"), min(4, 2, 8))
print(max("apple", "fig", "kiwi", key=len), min([[2], [1, 5]]))
