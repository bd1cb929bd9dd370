import gc
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("bye", self.n)
gc.collect()
box = [Item(1), Item(2)]
box.append(box)
del box
print("no refcount free")
print(gc.collect())
d = {}
d["self"] = d
d["item"] = Item(3)
del d
print(gc.collect())
