# functools.total_ordering sets functools' own module functions on the class: the same function
# object for every class with the same root, named by __name__ only.
import functools
import gc
import sys

gc.collect()


@functools.total_ordering
class Grade:
    def __init__(self, score):
        self.score = score

    def __eq__(self, other):
        return isinstance(other, Grade) and self.score == other.score

    def __lt__(self, other):
        if not isinstance(other, Grade):
            return NotImplemented
        return self.score < other.score


print(gc.get_count())


@functools.total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n


print(gc.get_count())
print(Grade.__le__.__name__, Grade.__le__.__qualname__, Grade.__le__.__module__)
print(Rank.__lt__.__qualname__, Rank.__ge__.__qualname__)


class Point:
    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        return self.x < other.x


Point = functools.total_ordering(Point)
print(Grade.__ge__ is Point.__ge__, Point(1) >= Point(0))
print(sorted([Grade(3), Grade(1), Grade(2)])[0].score, Grade(2) >= Grade(2), Rank(1) <= Rank(0))
print(Grade.__gt__(Grade(1), "x"), sys.getrefcount(Grade.__gt__))
print(Grade.__ge__.__doc__)
