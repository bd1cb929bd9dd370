# a += b: __iadd__ first; when it declines, the binary rule (subclass's __radd__ first).
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iadd__(self, other):
        if isinstance(other, FrozenBag):
            print("Bag.__iadd__ declines a FrozenBag")
            return NotImplemented
        self.items += other.items
        return self

    def __add__(self, other):
        print("Bag.__add__")
        return Bag(*self.items, *other.items)

    def __repr__(self):
        return f"{type(self).__name__}{self.items}"


class FrozenBag(Bag):
    def __radd__(self, other):
        print("FrozenBag.__radd__")
        return FrozenBag(*other.items, *self.items)


b = Bag(1, 2)
keep = b
b += Bag(3)
print(b, b is keep)
b += FrozenBag(4, 5)
print(b, b is keep)
print(keep)
