# str, int, list, tuple, dict and set conversions.
print(str(12), str(1.5), str([1, "a"]), str(None))
print(list("abc"), tuple([1, 2]), list((3, 4)))
print(dict([("a", 1), ("b", 2)]), dict(x=1, y=2))
print(sorted(set([3, 1, 3, 2])))
print(int("7") + 1, str(7) + "1")
