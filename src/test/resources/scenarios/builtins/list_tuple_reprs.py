# Reprs of lists and tuples, including one-element and nested tuples.
n = 1
print([], [1, 2], [[], [n]], (), (n,), (n, 2), ((n,), []))
print([None, True, False, 1.5, "s"])
