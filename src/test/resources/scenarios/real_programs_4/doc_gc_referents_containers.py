import gc

inner = [1, 2]
outer = {"k": inner, "n": 5}
refs = gc.get_referents(outer)
print(len(refs), inner in refs, "k" in refs)
print(sorted(map(repr, gc.get_referents([inner, "x", 3]))))
t = (inner, inner)
print(len(gc.get_referents(t)), gc.get_referents(t)[0] is inner)
class Box:
    def __init__(self, item):
        self.item = item
b = Box(inner)
r = gc.get_referents(b)
print([type(x).__name__ for x in r])
print(gc.get_referents(b.__dict__) == ["item", inner])
holders = [x for x in gc.get_referrers(inner) if x is outer or x is t]
print(len(holders))
