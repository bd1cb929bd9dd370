# A set of objects whose __hash__ returns small ints iterates in hash order, as a set of those ints would.
class Item:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self.n == other.n

    def __repr__(self):
        return "Item(%d)" % self.n

s = {Item(5), Item(1), Item(3), Item(1)}
print(s)
print(sorted(s, key=lambda i: -i.n))
s.discard(Item(3))
print(s, len(s))
