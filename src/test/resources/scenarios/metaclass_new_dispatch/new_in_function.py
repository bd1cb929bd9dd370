# Classes made by a metaclass __new__ inside a function, kept in a list, freed together.
import gc, sys
class Meta(type):
    made = 0
    def __new__(mcs, name, bases, ns):
        Meta.made += 1
        return super().__new__(mcs, name, bases, ns)
def make(n):
    out = []
    for i in range(n):
        class Item(metaclass=Meta):
            index = i
        out.append(Item)
    return out
items = make(3)
print([c.index for c in items], Meta.made, sys.getrefcount(Meta))
del items
print(gc.collect(), sys.getrefcount(Meta))
