# DEBUG_SAVEALL keeps the unreachable objects in gc.garbage instead of
# freeing them, so you can look at what formed the cycle.
import gc


class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []


class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)


def family():
    p = Parent("root")
    Child(p)
    Child(p)


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
family()
found = gc.collect()
print("found:", found)
print("garbage length matches:", len(gc.garbage) == found)
kinds = {}
for obj in gc.garbage:
    name = type(obj).__name__
    kinds[name] = kinds.get(name, 0) + 1
print(sorted(kinds.items()))
parents = [o for o in gc.garbage if isinstance(o, Parent)]
print("parent:", parents[0].name, "children:", len(parents[0].children))
gc.set_debug(0)
del parents
gc.garbage.clear()
print("after clearing, collect:", gc.collect())
