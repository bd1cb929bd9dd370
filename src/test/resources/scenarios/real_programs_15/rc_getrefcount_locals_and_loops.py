# Loop variables, comprehension variables and function locals all hold
# references; watch them appear and disappear.
import sys


class Token:
    pass


t = Token()
base = sys.getrefcount(t)
items = [t, t, t]
print("list of three:", sys.getrefcount(t) - base)
for x in items:
    pass
print("after the loop (x still bound):", sys.getrefcount(t) - base)
del x
squares = [sys.getrefcount(y) - base for y in items]
print("inside a comprehension:", squares)
print("after the comprehension:", sys.getrefcount(t) - base)


def local_holder():
    a = t
    b = [a, a]
    return sys.getrefcount(t) - base


print("inside a function:", local_holder())
it = iter(items)
print("iterator made:", sys.getrefcount(t) - base)
first = next(it)
print("one taken:", sys.getrefcount(t) - base)
del items
print("list dropped, iterator still holds it:", sys.getrefcount(t) - base)
del it
print("iterator dropped:", sys.getrefcount(t) - base)
