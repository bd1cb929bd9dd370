# list and tuple comparisons use PyObject_RichCompareBool: the same nan object equals itself there
x = float("nan")
print(x == x, x != x)
print([x] == [x], (x,) == (x,), [x] != [x])
y = float("nan")
print([x] == [y], (x, 1) == (x, 1), [[x]] == [[x]])
print({"k": x} == {"k": x}, {"k": x} == {"k": y})
