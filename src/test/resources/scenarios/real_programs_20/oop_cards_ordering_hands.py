import random
from collections import Counter
from enum import IntEnum


class Suit(IntEnum):
    CLUBS = 1
    DIAMONDS = 2
    HEARTS = 3
    SPADES = 4

    @property
    def symbol(self):
        return "CDHS"[self - 1]


class Rank(IntEnum):
    TWO = 2
    THREE = 3
    FOUR = 4
    FIVE = 5
    SIX = 6
    SEVEN = 7
    EIGHT = 8
    NINE = 9
    TEN = 10
    JACK = 11
    QUEEN = 12
    KING = 13
    ACE = 14

    @property
    def label(self):
        return {10: "T", 11: "J", 12: "Q", 13: "K", 14: "A"}.get(self.value, str(self.value))


class Card:
    __slots__ = ("rank", "suit")

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    @classmethod
    def from_code(cls, code):
        labels = {r.label: r for r in Rank}
        suits = {s.symbol: s for s in Suit}
        return cls(labels[code[0]], suits[code[1]])

    def _key(self):
        return (self.rank, self.suit)

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Card({self.rank.name}, {self.suit.name})"

    def __str__(self):
        return self.rank.label + self.suit.symbol


class Deck:
    def __init__(self):
        self.cards = [Card(r, s) for s in Suit for r in Rank]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def shuffle(self, rng):
        rng.shuffle(self.cards)

    def deal(self, n):
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand


def classify(hand):
    ranks = sorted((c.rank for c in hand), reverse=True)
    counts = sorted(Counter(ranks).values(), reverse=True)
    flush = len({c.suit for c in hand}) == 1
    straight = len(set(ranks)) == 5 and ranks[0] - ranks[-1] == 4
    if straight and flush:
        return "straight flush"
    if counts[0] == 4:
        return "four of a kind"
    if counts == [3, 2]:
        return "full house"
    if flush:
        return "flush"
    if straight:
        return "straight"
    if counts[0] == 3:
        return "three of a kind"
    if counts == [2, 2, 1]:
        return "two pair"
    if counts[0] == 2:
        return "one pair"
    return "high card"


deck = Deck()
print(len(deck), "cards; first", deck[0], "last", deck[-1], repr(deck[12]))
print("slice:", " ".join(str(c) for c in deck[10:15]))
print("ace of spades > king of spades:", Card(Rank.ACE, Suit.SPADES) > Card(Rank.KING, Suit.SPADES))
print("two of spades < two of hearts:", Card(Rank.TWO, Suit.SPADES) < Card(Rank.TWO, Suit.HEARTS))
rng = random.Random(2024)
deck.shuffle(rng)
for player in ("ann", "bob", "cy"):
    hand = sorted(deck.deal(5), reverse=True)
    print(f"{player:>4}: {' '.join(map(str, hand))}  -> {classify(hand)}  best {max(hand)}")
print("left in deck:", len(deck))
fixed = {
    "royal": "AS KS QS JS TS",
    "boat": "3H 3D 3C 9S 9H",
    "pairs": "4C 4D 8H 8S KC",
    "wheel-ish": "6D 7C 8H 9S TD",
    "junk": "2C 5D 9H JS KD",
}
for name, codes in fixed.items():
    hand = [Card.from_code(c) for c in codes.split()]
    print(f"{name:>10}: {classify(hand)}")
print("in hand:", Card.from_code("QS") in [Card(Rank.QUEEN, Suit.SPADES)], len({Card.from_code("2C"), Card(Rank.TWO, Suit.CLUBS)}))
