from enum import Enum

class Suit(Enum):
    HEARTS = 1
    SPADES = 2

counts = {Suit.HEARTS: 0, Suit.SPADES: 0}
for s in [Suit.HEARTS, Suit.HEARTS, Suit.SPADES]:
    counts[s] += 1
print(counts)
seen = {Suit.HEARTS}
print(Suit.HEARTS in seen, Suit.SPADES in seen, len(seen))
print(counts[Suit.SPADES])
