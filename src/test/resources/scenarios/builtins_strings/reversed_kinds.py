# reversed works on lists, tuples, strings, ranges and dicts.
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("abc")), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2])
print(list(r), list(reversed("ab")))
