# Every call of a Python function is a RESUME of its code, whoever makes it: map() calling a
# lambda, sorted() calling a key function, an inner function made anew by each call of outer()
# (one code object for all of them), a recursive call.
import sys


class Cell:
    def __str__(self):
        return str(sys.getrefcount(self))


c = Cell()
print(list(map(lambda x: str(x), [c] * 10)))
print(len(sorted([c] * 10, key=lambda x: str(x) + "")))


def outer():
    def inner(x):
        return str(x)
    return inner(c)


print([outer() for _ in range(10)])


def rec(n):
    if n == 0:
        return []
    return [str(c)] + rec(n - 1)


print(rec(10))
