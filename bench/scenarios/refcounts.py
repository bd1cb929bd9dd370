import sys

a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
c = [a, a]
print(sys.getrefcount(a))
del b
c.pop()
print(sys.getrefcount(a))


def show(x):
    return sys.getrefcount(x)


print(show(a))
c = None
print(sys.getrefcount(a))
