import gc

class Leaf:
    pass

leaf = Leaf()
holder = [leaf]
mapping = {"leaf": leaf}
refs = gc.get_referrers(leaf)
print(sum(1 for r in refs if r is holder), sum(1 for r in refs if r is mapping))
print([type(r).__name__ for r in gc.get_referents(holder)])
print(sorted(type(r).__name__ for r in gc.get_referents(mapping)))
print(gc.get_referents(1, "a", None))
print(len(gc.get_referents((1, 2, 3))))
