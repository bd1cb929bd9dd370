# gc.get_referrers answers "who holds this?" for container objects.
import gc


class Item:
    def __init__(self, name):
        self.name = name


needle = Item("needle")
bag = [needle]
box = {"slot": needle}
pair = (needle, 1)

holders = gc.get_referrers(needle)
kinds = sorted(type(h).__name__ for h in holders if h is not globals())
print("holders besides globals:", kinds)
print("bag among them:", any(h is bag for h in holders))
print("box among them:", any(h is box for h in holders))
del bag, box, pair
holders = gc.get_referrers(needle)
print("after cleanup:", sorted(type(h).__name__ for h in holders if h is not globals()))

# get_referents goes the other way.
record = {"a": [1], "b": "text"}
refs = gc.get_referents(record)
print("dict refers to:", sorted(type(r).__name__ for r in refs))
inst = Item("x")
print("instance refers to:", sorted(type(r).__name__ for r in gc.get_referents(inst)))
print("list of ints refers to:", gc.get_referents([5, 6]))
