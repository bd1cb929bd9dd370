import sys
class Thing:
    pass
t = Thing()
print(sys.getrefcount(t))
def hold(x):
    print("inside", sys.getrefcount(x))
    y = x
    print("alias", sys.getrefcount(x))
hold(t)
print(sys.getrefcount(t))
things = [t] * 3
print(sys.getrefcount(t))
mapping = {t: t}
print(sys.getrefcount(t))
del things, mapping
print(sys.getrefcount(t))
