import sys

item = ["payload"]
base = sys.getrefcount(item)
pair = (item, item)
print(sys.getrefcount(item) - base)
a, b = pair
print(sys.getrefcount(item) - base)
del a, b
nested = [pair, pair]
print(sys.getrefcount(item) - base, sys.getrefcount(pair))
def args(*xs):
    return sys.getrefcount(item) - base
print(args(item, item, item))
def kw(**k):
    return sys.getrefcount(item) - base
print(kw(x=item))
del nested, pair
print(sys.getrefcount(item) - base)
