# Passing an object to functions: each active call holds its own
# reference while it runs, and gives it back when it returns.
import sys

data = [1, 2, 3]
print("module level:", sys.getrefcount(data))


def one(x):
    return sys.getrefcount(x)


def two(x):
    return one(x)


def keep(x, store):
    store.append(x)
    return sys.getrefcount(x)


def default_arg(x=data):
    return sys.getrefcount(x)


print("one call deep:", one(data))
print("two calls deep:", two(data))
box = []
print("stored during call:", keep(data, box))
print("after call:", sys.getrefcount(data))
print("through default:", default_arg())
print("after defining default:", sys.getrefcount(data))
f = lambda y: sys.getrefcount(y)
print("lambda:", f(data))
print("method:", [].__class__ and sys.getrefcount(data))
