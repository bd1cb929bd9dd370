# special methods called directly on builtin values
d = {"a": 1}
print(d.__len__(), d.__contains__("a"), d.__getitem__("a"))
d.__setitem__("b", 2)
d.__delitem__("a")
print(d)
print([5, 6].__getitem__(1), "abc".__contains__("b"), (3).__bool__(), (0).__bool__())
print((5).__neg__(), (5).__invert__(), (-2).__pos__())
