# arithmetic through slot wrappers on values
print((2).__add__(3), (2).__mul__(4), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(5))
print((1.5).__add__(2), (10).__sub__(4), (6).__truediv__(4))
print([1].__add__([2]), "ab".__mul__(3), (1, 2).__add__((3,)))
