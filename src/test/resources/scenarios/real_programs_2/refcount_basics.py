import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
c.clear()
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
d = {"k": a}
print(sys.getrefcount(a))
print(sys.getrefcount(None) > 100)
x = 10 ** 6
print(sys.getrefcount(x))
