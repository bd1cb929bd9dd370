import gc

print(gc.is_tracked(0), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked((1, [])))
print(gc.is_tracked(()), gc.is_tracked(set()), gc.is_tracked(frozenset()))

class Plain:
    pass

class Slotted:
    __slots__ = ()

print(gc.is_tracked(Plain()), gc.is_tracked(Slotted()), gc.is_tracked(Plain))

class Lazarus:
    def __del__(self):
        print("finalizing")

x = Lazarus()
print(gc.is_finalized(x))
x.self = x
del x
gc.collect()

class Keeper:
    saved = None
    def __del__(self):
        Keeper.saved = self

k = Keeper()
k.cycle = k
del k
gc.collect()
print(gc.is_finalized(Keeper.saved))
