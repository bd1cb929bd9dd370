import sys

class Tracker:
    pass

def level_one(obj):
    print("  level_one sees", sys.getrefcount(obj))
    level_two(obj)
    print("  back in level_one", sys.getrefcount(obj))

def level_two(obj):
    print("    level_two sees", sys.getrefcount(obj))
    local_copy = obj
    print("    with a local copy", sys.getrefcount(obj))

t = Tracker()
print("module level:", sys.getrefcount(t))
level_one(t)
print("after the calls:", sys.getrefcount(t))

def make_and_return():
    fresh = Tracker()
    print("  inside maker:", sys.getrefcount(fresh))
    return fresh

made = make_and_return()
print("returned object:", sys.getrefcount(made))

def keep(obj, store=[]):
    store.append(obj)
    return len(store)

for i in range(3):
    n = keep(made)
    print(f"stored {n} time(s), refcount now {sys.getrefcount(made)}")
