import sys
def f(a, b=[1], *, c=3):
    return a, b, c
print(f.__defaults__, f.__kwdefaults__, f(0))
f.__defaults__ = (7, 8)
print(f(), f(1), f.__defaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
f.__kwdefaults__ = {"c": 9}
f.__defaults__ = ("x",)
print(f(1), f.__kwdefaults__)
del f.__defaults__
print(f.__defaults__)
del f.__kwdefaults__
print(f.__kwdefaults__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = 5
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
print(sorted(f.__dict__))
g = lambda x=[]: x
old = g.__defaults__[0]
print(sys.getrefcount(old))
g.__defaults__ = ((),)
print(sys.getrefcount(old), g())
