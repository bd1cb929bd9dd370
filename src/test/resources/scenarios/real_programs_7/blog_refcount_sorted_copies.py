import sys

class Score:
    __slots__ = ("v",)
    __lt__ = lambda self, other: self.v < other.v
    __repr__ = lambda self: f"S{self.v}"

    def __init__(self, v):
        self.v = v

scores = [Score(v) for v in (5, 3, 9)]
top = scores[2]
print(sys.getrefcount(top))
ordered = sorted(scores)
print(ordered, sys.getrefcount(top))
scores.sort(reverse=True)
print(scores, sys.getrefcount(top))
best = max(scores)
print(best is top, sys.getrefcount(top))
del ordered, best
print(sys.getrefcount(top))
