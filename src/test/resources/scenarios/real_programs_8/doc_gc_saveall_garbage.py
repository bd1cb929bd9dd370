import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)

class Item:
    def __init__(self, label):
        self.label = label
        self.ref = self

for label in "abc":
    Item(label)
n = gc.collect()
print("collected:", n)
labels = sorted(o.label for o in gc.garbage if isinstance(o, Item))
print(labels, len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.garbage, gc.get_debug())
