# comparison slot wrappers on values of the same type
print((1).__lt__(2), (2).__le__(2), (3).__gt__(4), (3).__ge__(3))
print("a".__lt__("b"), [1, 2].__lt__([1, 3]), (1,).__eq__((1,)))
print((1).__ne__(2), "x".__ne__("x"))
