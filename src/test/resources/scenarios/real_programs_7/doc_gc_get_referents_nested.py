import gc

leaf = ["leaf"]
pair = (leaf, "tag")
box = {"pair": pair, "n": 3}
outer = [box, pair, leaf]

print(gc.get_referents(pair) == [leaf, "tag"])
print([type(o).__name__ for o in gc.get_referents(outer)])
print(gc.get_referents(box))
print(len(gc.get_referents(box, outer)))
print(gc.get_referents(42), gc.get_referents("text"))
direct = gc.get_referents(outer)
print(all(any(o is d for d in direct) for o in (box, pair, leaf)))
