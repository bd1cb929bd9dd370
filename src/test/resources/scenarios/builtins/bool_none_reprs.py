# Reprs of True, False and None and results of comparisons.
print(True, False, None)
print(1 < 2, 2 == 3, None is None, 1 != 1, "a" in "cat", 5 not in [1, 2])
print(True + True, not None, not [], not [0])
