# Attach data to objects you do not own (they may not even allow new
# attributes) with a WeakKeyDictionary: the data goes away with the object.
import weakref


class Point:
    __slots__ = ("x", "y", "__weakref__")

    def __init__(self, x, y):
        self.x = x
        self.y = y


labels = weakref.WeakKeyDictionary()
a = Point(1, 2)
b = Point(3, 4)
try:
    a.label = "origin-ish"
except AttributeError as e:
    print("AttributeError:", e)
labels[a] = "A"
labels[b] = "B"
print(len(labels), labels[a], labels.get(b), a in labels)
for p, name in sorted(labels.items(), key=lambda kv: kv[1]):
    print(name, p.x, p.y)
del a
print(len(labels), [labels[k] for k in labels])
c = Point(5, 6)
print(labels.setdefault(c, "C"), len(labels))
print(labels.pop(b), len(labels))
del c
print(len(labels), list(labels.keys()))
