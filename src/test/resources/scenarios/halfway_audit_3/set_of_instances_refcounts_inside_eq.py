import sys, gc

class Card:
    def __init__(self, rank):
        self.rank = rank

    def __hash__(self):
        return hash(self.rank)

    def __eq__(self, other):
        print("eq", self.rank, sys.getrefcount(self), sys.getrefcount(other))
        return self.rank == other.rank

a, b, c = Card("A"), Card("A"), Card("K")
hand = {a, b, c}
print(len(hand), sys.getrefcount(a), sys.getrefcount(b))
deck = set([Card("Q"), Card("Q")])
print(len(deck))
more = frozenset((a, b))
print(len(more), b in hand)
hand.add(b)
hand.update([b])
print(len(hand), sys.getrefcount(a), sys.getrefcount(b))
del hand, deck, more
print(sys.getrefcount(a), gc.collect())
