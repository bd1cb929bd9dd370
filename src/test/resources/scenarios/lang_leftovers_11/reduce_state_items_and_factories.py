# What a __reduce__ may hand to copy: a state for __setstate__ (deep-copied, cycles through the
# memo), dict items for the copy's __setitem__, a factory function instead of the class, and a
# (dict, slots) state for a __slots__ class.
import copy
import gc
import sys


class Node:
    def __init__(self, name, links=None):
        self.name = name
        self.links = links if links is not None else []

    def __reduce__(self):
        return (Node, (self.name,), {"links": self.links})

    def __setstate__(self, state):
        print("  setstate", sorted(state), sys.getrefcount(state))
        self.links = state["links"]


left = Node("left")
right = Node("right", [left])
left.links.append(right)
twin = copy.deepcopy(left)
print(twin.name, twin.links[0].name, twin.links[0].links[0] is twin, twin is left)
gc.collect()
before = gc.get_count()
other = copy.deepcopy(right)
after = gc.get_count()
print("cycle deepcopy made", after[0] - before[0] - 1)


class Ledger:
    def __init__(self):
        self.entries = {}

    def __reduce__(self):
        return (Ledger, (), None, None, iter(self.entries.items()))

    def __setitem__(self, key, value):
        print("  setitem", key, value)
        self.entries[key] = value


book = Ledger()
book.entries["rent"] = [900]
shallow = copy.copy(book)
print(shallow.entries, shallow.entries["rent"] is book.entries["rent"])
deep = copy.deepcopy(book)
print(deep.entries, deep.entries["rent"] is book.entries["rent"])


def rebuild(amount):
    print("  rebuild", amount)
    return Price(amount)


class Price:
    def __init__(self, amount):
        self.amount = amount

    def __reduce__(self):
        return (rebuild, [self.amount])


p = copy.copy(Price(12))
print(p.amount)
gc.collect()
before = gc.get_count()
p = copy.copy(p)
after = gc.get_count()
print("factory copy made", after[0] - before[0] - 1)
gc.collect()
before = gc.get_count()
p = copy.deepcopy(p)
after = gc.get_count()
print("factory deepcopy made", after[0] - before[0] - 1)


class Pixel:
    __slots__ = ("level",)

    def __init__(self):
        self.level = 1

    def __reduce__(self):
        return (Pixel, (), (None, {"level": 250}))


print(copy.copy(Pixel()).level)


class Silent:
    def __reduce__(self):
        pass


try:
    copy.deepcopy(Silent())
except TypeError as err:
    print("TypeError:", err)


class TooMuch:
    def __reduce__(self):
        return (TooMuch, (), None, None, None, None)


try:
    copy.copy(TooMuch())
except TypeError as err:
    print("TypeError:", err)
