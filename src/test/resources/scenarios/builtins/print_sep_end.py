# print's sep and end arguments change separators and line endings.
print(1, 2, 3, sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" continued")
print("x", "y", sep=", ", end="!\n")
print()
print("after empty line")
