# functools.cmp_to_key: an old-style comparison function as sorted()'s key; each comparison (in CPython's binary insertion order) calls it on the wrapped objects
import sys
import gc
from functools import cmp_to_key

class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __repr__(self):
        return f"{self.rank}{self.suit}"

def compare(a, b):
    print("compare", a, b)
    if a.suit != b.suit:
        return -1 if a.suit < b.suit else 1
    return a.rank - b.rank

hand = [Card(9, "h"), Card(3, "s"), Card(12, "h"), Card(3, "c"), Card(7, "s")]
key = cmp_to_key(compare)
print(type(key), sys.getsizeof(key), gc.is_tracked(key))
print(sorted(hand, key=key))
print(sorted(hand, key=key, reverse=True))
print(max(hand, key=key), min(hand, key=key))
print("card refcount", sys.getrefcount(hand[0]))
