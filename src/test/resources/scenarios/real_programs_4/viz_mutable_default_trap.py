def append_bad(x, items=[]):
    items.append(x)
    return items

def append_good(x, items=None):
    if items is None:
        items = []
    items.append(x)
    return items

a = append_bad(1)
b = append_bad(2)
print(a, b, a is b, append_bad.__defaults__)
print(append_good(1), append_good(2))
class Cart:
    def __init__(self, items=[]):
        self.items = items
c1, c2 = Cart(), Cart()
c1.items.append("apple")
print(c2.items, c1.items is c2.items)
def counter(_cache={"n": 0}):
    _cache["n"] += 1
    return _cache["n"]
print(counter(), counter(), counter())
