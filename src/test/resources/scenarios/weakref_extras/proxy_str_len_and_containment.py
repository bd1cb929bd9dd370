# str(), len(), indexing, in and iteration on a proxy go to the object
import weakref
class Bag:
    def __init__(self):
        self.items = [3, 1, 2]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __str__(self):
        return "Bag of " + str(len(self.items))
b = Bag()
p = weakref.proxy(b)
print(str(p), len(p), p[0], 2 in p, 9 in p)
print(bool(p), p == b)
