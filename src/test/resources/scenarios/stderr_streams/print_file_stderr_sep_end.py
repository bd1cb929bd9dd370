import sys

print("error", "code", 42, file=sys.stderr)
print("a", "b", "c", sep=", ", end=".\n", file=sys.stderr)
print("no newline", end="", file=sys.stderr)
print(file=sys.stderr)
print("sep None", "end None", sep=None, end=None, file=sys.stderr)
print([1, 2], {"k": (3,)}, None, 2.5, file=sys.stderr, flush=True)
print("done on stdout")
