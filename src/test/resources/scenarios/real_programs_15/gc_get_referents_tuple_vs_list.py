# get_referents shows what a container points to; get_referrers the
# other way round.  Compare containers of shared items.
import gc

shared = ["payload"]
t = (shared, shared, 1)
l = [shared, 2, shared]
d = {"a": shared, "b": [shared]}
print(len(gc.get_referents(t)), len(gc.get_referents(l)), len(gc.get_referents(d)))
holders = [r for r in gc.get_referrers(shared) if r is t or r is l or r is d or r is d["b"]]
print("holders:", len(holders), sorted(type(h).__name__ for h in holders))
print("referents are the same object:", all(x is shared for x in gc.get_referents(t) if isinstance(x, list)))
nested = [[1], [2, [3]]]
level = [nested]
depth = 0
while level:
    depth += 1
    level = [r for obj in level for r in gc.get_referents(obj) if isinstance(r, list)]
print("list nesting depth:", depth)
