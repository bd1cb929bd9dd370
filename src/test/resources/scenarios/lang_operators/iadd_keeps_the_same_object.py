# A class with __iadd__ changes itself and returns self: the name keeps the same object.
# Without __iadd__, += falls back to __add__ and rebinds the name to a new object.
import sys
class Basket:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("iadd, refcount of self:", sys.getrefcount(self))
        self.items.extend(other)
        return self
    def __repr__(self):
        return f"Basket({self.items})"
class Frozen:
    def __init__(self, items):
        self.items = tuple(items)
    def __add__(self, other):
        return Frozen(self.items + tuple(other))
    def __repr__(self):
        return f"Frozen({self.items})"
b = Basket([1])
same = b
b += [2, 3]
print(b, same is b, sys.getrefcount(b))
f = Frozen([1])
before = f
f += [2]
print(f, before, before is f)
class OnlyAdd:
    def __add__(self, other):
        return "added"
x = OnlyAdd()
x += 1
print(x)
