# Objects with their own __repr__ are printed by it; list and dict subclasses like the builtins.
import pprint

class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"

class Hand(list):
    pass

hand = Hand(Card(r, s) for r, s in [(10, "hearts"), ("J", "spades"), ("Q", "clubs"), ("K", "diamonds")])
pprint.pprint(hand, width=30)
pprint.pprint({"player": "ana", "hand": hand}, width=40)
pprint.pprint([hand, (Card(2, "hearts"),)], width=25)
print(type(hand).__name__, len(hand))
