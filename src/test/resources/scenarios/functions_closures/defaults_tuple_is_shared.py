# __defaults__ holds the default objects made once at def time.
import sys
def f(a, items=[], n=None):
    items.append(a)
    return items
print(f.__defaults__)
f(1)
f(2)
print(f.__defaults__)
print("refs to the default", sys.getrefcount(f.__defaults__[0]))
def g(*, k=[0]):
    return k
print(g.__kwdefaults__)
print(g() is g.__kwdefaults__["k"])
