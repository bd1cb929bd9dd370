import gc

gc.collect()

class Link:
    def __init__(self):
        self.partner = None

def make_pairs(n):
    for _ in range(n):
        a, b = Link(), Link()
        a.partner, b.partner = b, a

make_pairs(3)
print("unreachable found:", gc.collect())
make_pairs(1)
print("gen0 only:", gc.collect(0))
print("again:", gc.collect())
loops = {"list": [], "dict": {}, "set of tuple": None}
loops["list"].append(loops["list"])
loops["dict"]["again"] = loops["dict"]
holder = []
holder.append((holder,))
loops["set of tuple"] = holder
for kind in list(loops):
    del loops[kind]
    print(kind, "loop:", gc.collect())
