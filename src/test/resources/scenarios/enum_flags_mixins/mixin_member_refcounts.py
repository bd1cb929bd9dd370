import sys
from enum import Enum


class Suit(str, Enum):
    HEARTS = "hearts"
    SPADES = "spades"


print(sys.getrefcount(Suit.HEARTS))
hand = [Suit.HEARTS, Suit.HEARTS, Suit.SPADES]
print(sys.getrefcount(Suit.HEARTS), sys.getrefcount(Suit.SPADES))
by_suit = {Suit.HEARTS: 2}
print(sys.getrefcount(Suit.HEARTS))
del hand
print(sys.getrefcount(Suit.HEARTS))
value = Suit.SPADES.value
print(sys.getrefcount(value) - sys.getrefcount("spades"))
print(value == Suit.SPADES, value is Suit.SPADES.value)
