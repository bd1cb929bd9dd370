import sys

def show(obj):
    return sys.getrefcount(obj)

def nested(obj):
    return show(obj)

def keep(obj, store):
    store.append(obj)
    return sys.getrefcount(obj)

x = object()
print("module level:", sys.getrefcount(x))
print("one call deep:", show(x))
print("two calls deep:", nested(x))
box = []
print("kept:", keep(x, box))
print("after call:", sys.getrefcount(x))
box.pop()
print("popped:", sys.getrefcount(x))
print("lambda:", (lambda o: sys.getrefcount(o))(x))
