# total_ordering on a class deriving from abc.ABC (which defines no ordering method itself).
import abc
from abc import ABC, abstractmethod
from functools import total_ordering


@total_ordering
class Card(ABC):
    def __init__(self, rank):
        self.rank = rank

    @abstractmethod
    def points(self):
        ...

    def __eq__(self, other):
        return self.points() == other.points()

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.points() < other.points()


class Number(Card):
    def points(self):
        return self.rank

    def __repr__(self):
        return f"Number({self.rank})"


class Face(Card):
    def points(self):
        return 10

    def __repr__(self):
        return f"Face({self.rank!r})"


@total_ordering
class Version(abc.ABC):
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


hand = [Number(7), Face("K"), Number(10), Number(2)]
print(sorted(hand), max(hand), Number(10) >= Face("Q"), Number(3) <= Number(2), Face("J") > Number(9))
print(Card.__le__.__doc__)
print(sorted([Version(1, 2), Version(1, 10), Version(0, 9)]), Version(2) <= Version(2), Version(1) < Version(1, 0))
try:
    Number(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Card(1)
except TypeError as e:
    print("TypeError:", e)
