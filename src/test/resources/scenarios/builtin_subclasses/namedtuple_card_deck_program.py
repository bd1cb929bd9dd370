# A small program a learner might bring: a deck of cards built on a namedtuple subclass.
from collections import namedtuple

RANKS = '2 3 4 5 6 7 8 9 10 J Q K A'.split()
SUITS = 'spades diamonds clubs hearts'.split()

class Card(namedtuple('Card', 'rank suit')):
    __slots__ = ()

    @property
    def value(self):
        return RANKS.index(self.rank)

    def __str__(self):
        return self.rank + self.suit[0]

deck = [Card(r, s) for s in SUITS for r in RANKS]
print(len(deck), deck[0], deck[-1], repr(deck[11]))
hand = [deck[i] for i in (5, 17, 30, 44, 51)]
print(' '.join(str(c) for c in hand))
best = max(hand, key=lambda c: c.value)
print('best:', best, best.value)
by_suit = {}
for c in hand:
    by_suit.setdefault(c.suit, []).append(c.rank)
print(by_suit)
print(sorted(hand, key=lambda c: (c.suit, c.value)))
