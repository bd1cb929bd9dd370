# Every attribute lookup of a method builds a fresh bound method object
# that holds a reference to the instance. Watch the count while we keep them.
import sys


class Lamp:
    def __init__(self, name):
        self.name = name
        self.on = False

    def toggle(self):
        self.on = not self.on
        return self.on


lamp = Lamp("desk")
base = sys.getrefcount(lamp)
print("start:", base - base)

kept = []
for step in range(3):
    kept.append(lamp.toggle)
    print("bound methods kept:", len(kept), "extra refs:", sys.getrefcount(lamp) - base)

print("same object each time?", kept[0] is kept[1])
print("equal though?", kept[0] == kept[1])
print("__self__ is lamp:", kept[2].__self__ is lamp)
print("__func__ is Lamp.toggle:", kept[2].__func__ is Lamp.toggle)

results = [m() for m in kept]
print("toggled:", results)

kept.pop()
print("after pop:", sys.getrefcount(lamp) - base)
kept.clear()
print("after clear:", sys.getrefcount(lamp) - base)

# A bound method stored on the instance itself makes a cycle.
lamp.again = lamp.toggle
print("self-cycle extra:", sys.getrefcount(lamp) - base)
del lamp.again
print("cycle broken:", sys.getrefcount(lamp) - base)
