import weakref
import gc

# test_weakset: basic operations rewritten as a script
class Foo:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Foo({self.name})"

items = [Foo(c) for c in "abc"]
s = weakref.WeakSet(items)
print("len:", len(s))
print("membership:", items[0] in s, Foo("z") in s)
extra = Foo("d")
s.add(extra)
print("after add:", len(s))
s.discard(items[1])
print("after discard:", len(s))
s2 = weakref.WeakSet([items[0], extra])
print("subset:", s2 <= s, "union size:", len(s | s2))
del items
gc.collect()
print("left after the list is gone:", sorted(f.name for f in s))
try:
    s.remove(Foo("q"))
except KeyError:
    print("KeyError for a missing item")
s.clear()
print("cleared:", len(s))
