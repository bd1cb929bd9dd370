# An iterator keeps its container alive until it is exhausted (for lists)
# or until the iterator itself goes away.
import sys

letters = ["a", "b", "c"]
start = sys.getrefcount(letters)


def extra():
    return sys.getrefcount(letters) - start


it = iter(letters)
print("after iter():", extra())
print(next(it), extra())
print(next(it), extra())
print(next(it), extra())
try:
    next(it)
except StopIteration:
    print("exhausted:", extra())
del it
print("iterator gone:", extra())

# reversed() and enumerate() keep it too.
r = reversed(letters)
e = enumerate(letters)
print("reversed + enumerate:", extra())
print(list(r), extra())
print(list(e), extra())
del r, e
print("both gone:", extra())

# A dict iterator raises if the dict changes size while iterating.
scores = {"x": 1, "y": 2}
try:
    for k in scores:
        scores[k + k] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
print(sorted(scores))
