import sys

class Payload:
    pass

p = Payload()
print("module level:", sys.getrefcount(p))

def level1(obj):
    print("  level1 param:", sys.getrefcount(obj))
    local = obj
    print("  level1 + local:", sys.getrefcount(obj))
    return level2(obj, local)

def level2(a, b):
    print("  level2 two params:", sys.getrefcount(a))
    pair = [a, b]
    print("  level2 + list of both:", sys.getrefcount(a))
    return len(pair)

print(level1(p))
print("after the calls:", sys.getrefcount(p))

def keep(obj, store=[]):
    store.append(obj)
    return len(store)

keep(p)
keep(p)
print("mutable default keeps two:", sys.getrefcount(p))
keep.__defaults__[0].clear()
print("cleared:", sys.getrefcount(p))

def gen(obj):
    yield sys.getrefcount(obj)
    yield sys.getrefcount(obj)

g = gen(p)
print("generator created:", sys.getrefcount(p))
print("first yield saw:", next(g))
del g
print("generator dropped:", sys.getrefcount(p))
args = (p,)
print("in args tuple:", sys.getrefcount(p))
def star(*xs):
    return sys.getrefcount(xs[0])
print("through *args:", star(*args))
def kw(**kws):
    return sys.getrefcount(kws["x"])
print("through **kwargs:", kw(x=p))
