# len, range and type on common values.
print(len([1, 2, 3]), len("abcd"), len({"a": 1}), len(()), len(range(5)))
print(list(range(3)), list(range(2, 8, 2)), list(range(5, 0, -2)))
print(type(1), type("s"), type([]), type(None), type(1.5), type({}))
print(type(True) is bool, type(3) is int)
