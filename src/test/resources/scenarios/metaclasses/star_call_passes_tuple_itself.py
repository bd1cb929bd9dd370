import gc, sys
def g(*a, **k):
    return len(a)
def f(*args, **kw):
    return g(*args, **kw)
t = (1, 2)
gc.collect()
f(1)
print(gc.get_count())
gc.collect()
g(*t)
print(gc.get_count())
def h(*args):
    return sys.getrefcount(args)
print(h(*t), sys.getrefcount(t))
print(g(*[1, 2, 3]), g(*t, 3))
