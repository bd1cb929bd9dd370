# A weak cache handed around under other names: copy, clear and popitem follow the container.
import sys
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item({self.name!r})"


a, b, c = Item("a"), Item("b"), Item("c")
cache = weakref.WeakValueDictionary(a=a, b=b)
alias = cache
snapshot = alias.copy()
print(type(snapshot).__name__, sorted(snapshot), snapshot is cache)
print("refcount of a:", sys.getrefcount(a))

holders = [weakref.WeakKeyDictionary({a: [1], b: [2]})]
copied = holders[0].copy()
print(len(copied), copied[a] is holders[0][a], sys.getrefcount(holders[0][a]))
key, value = holders[0].popitem()
print("popped", key, value, len(holders[0]))


def reset(container):
    container.clear()
    return len(container)


print("cleared", reset(alias), reset(holders[0]), len(cache), len(snapshot))
snapshot["c"] = c
k, v = snapshot.popitem()
print(k, v, sys.getrefcount(c))
try:
    snapshot.clear()
    snapshot.popitem()
except KeyError as e:
    print("KeyError", e)
merged = cache | {"c": c}
cache |= {"a": a}
print(sorted(merged), sorted(cache))
del c
print(sorted(merged), len(merged))
