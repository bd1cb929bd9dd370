# print(*xs, sep=...) passes the items as arguments (CALL_FUNCTION_EX with a tuple).
import sys

words = ["memory", "lab", "star"]
print(*words)
print(*words, sep=", ", end="!\n")
print(*range(3), *"ab", sep="-")
print(*[], sep="x")
first, *rest = [*words, *words]
print(first, rest, sys.getrefcount(words[0]) > 2)
matrix = [[1, 2], [3, 4]]
print(*matrix, sep="\n")
print(*zip(*matrix))
