import weakref

class Item:
    def __init__(self, n):
        self.n = n

log = []
def make_callback(n):
    def cb(ref):
        log.append(n)
    return cb

items = [Item(i) for i in range(5)]
refs = [weakref.ref(it, make_callback(it.n)) for it in items]
print("alive:", [r() is not None for r in refs])
del items[1]
print("after del items[1]:", log)
items.reverse()
items.clear()
print("after clear:", log)
print("dead:", [r() is None for r in refs])
keep = Item(9)
r9 = weakref.ref(keep, make_callback(9))
keep = Item(10)
print("rebinding name:", log[-1])
print("refs to same object are shared:", weakref.ref(keep) is weakref.ref(keep))
