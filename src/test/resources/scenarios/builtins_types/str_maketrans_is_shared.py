# str.maketrans is one builtin the type dict holds
print(str.maketrans is str.maketrans)
print(type(str.maketrans).__name__)
print("ab".maketrans("a", "b"))
