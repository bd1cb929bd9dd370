# The "Pythonic card deck": a sequence from __len__ and __getitem__ only, and what Python gives for free.
import collections
import random

Card = collections.namedtuple('Card', ['rank', 'suit'])


class FrenchDeck:
    ranks = [str(n) for n in range(2, 11)] + list('JQKA')
    suits = 'spades diamonds clubs hearts'.split()

    def __init__(self):
        self._cards = [Card(rank, suit) for suit in self.suits for rank in self.ranks]

    def __len__(self):
        return len(self._cards)

    def __getitem__(self, position):
        return self._cards[position]


deck = FrenchDeck()
print(len(deck), deck[0], deck[-1])
random.seed(7)
print(random.choice(deck), random.choice(deck))
print(deck[:3])
print(deck[12::13])
print(Card('Q', 'hearts') in deck, Card('7', 'beasts') in deck)
suit_values = dict(spades=3, hearts=2, diamonds=1, clubs=0)


def spades_high(card):
    rank_value = FrenchDeck.ranks.index(card.rank)
    return rank_value * len(suit_values) + suit_values[card.suit]


ordered = sorted(deck, key=spades_high)
print(ordered[:4], ordered[-2:])
for card in reversed(deck[-3:]):
    print(card)
it = iter(deck)
print(next(it), next(it))
print(sum(1 for c in deck if c.suit == 'hearts'), max(deck, key=spades_high))
hand = random.sample(list(deck), 5)
print(sorted(hand, key=spades_high))
try:
    deck[52]
except IndexError as e:
    print("IndexError:", e)
try:
    random.shuffle(deck)
except TypeError as e:
    print("TypeError:", e)


def set_card(deck, position, card):
    deck._cards[position] = card


FrenchDeck.__setitem__ = set_card
random.shuffle(deck)
print(deck[:5])
