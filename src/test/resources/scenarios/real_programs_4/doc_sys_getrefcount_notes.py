import sys

x = object()
print("fresh object:", sys.getrefcount(x))
y = x
print("two names:", sys.getrefcount(x))
lst = [x, x, x]
print("in a list 3x:", sys.getrefcount(x))
d = {"k": x}
print("dict value:", sys.getrefcount(x))
def f(arg):
    return sys.getrefcount(arg)
print("as an argument:", f(x))
del lst, d, y
print("back to:", sys.getrefcount(x))
print("None is shared:", sys.getrefcount(None) > 100)
print("True is shared:", sys.getrefcount(True) > 10)
