class Interval:
    __slots__ = ("lo", "hi")

    def __init__(self, lo, hi):
        if lo > hi:
            raise ValueError(f"empty interval [{lo}, {hi}]")
        self.lo, self.hi = lo, hi

    def __repr__(self):
        return f"[{self.lo}, {self.hi}]"

    def __len__(self):
        return self.hi - self.lo

    def __contains__(self, x):
        if isinstance(x, Interval):
            return self.lo <= x.lo and x.hi <= self.hi
        return self.lo <= x <= self.hi

    def __and__(self, other):
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        return Interval(lo, hi) if lo <= hi else None

    def overlaps(self, other):
        return (self & other) is not None

    def __or__(self, other):
        if not self.overlaps(other) and self.hi != other.lo and other.hi != self.lo:
            raise ValueError(f"{self} and {other} do not touch")
        return Interval(min(self.lo, other.lo), max(self.hi, other.hi))

    def __eq__(self, other):
        return isinstance(other, Interval) and (self.lo, self.hi) == (other.lo, other.hi)

    def __lt__(self, other):
        return (self.lo, self.hi) < (other.lo, other.hi)

    def __hash__(self):
        return hash((self.lo, self.hi))


class IntervalSet:
    def __init__(self, intervals=()):
        self.parts = []
        for iv in intervals:
            self.add(iv)

    def add(self, iv):
        merged = []
        for part in sorted(self.parts + [iv]):
            if merged and (merged[-1].overlaps(part) or merged[-1].hi == part.lo):
                merged[-1] = merged[-1] | part
            else:
                merged.append(part)
        self.parts = merged

    def __iter__(self):
        return iter(self.parts)

    def __len__(self):
        return sum(len(p) for p in self.parts)

    def __contains__(self, x):
        return any(x in p for p in self.parts)

    def __or__(self, other):
        return IntervalSet(self.parts + other.parts)

    def __and__(self, other):
        return IntervalSet(x for a in self for b in other if (x := a & b) is not None and len(x) > 0)

    def gaps(self):
        return [Interval(a.hi, b.lo) for a, b in zip(self.parts, self.parts[1:])]

    def __repr__(self):
        return "{" + " ".join(map(repr, self.parts)) + "}"


a, b = Interval(1, 5), Interval(4, 9)
print(a, b, a & b, a | b, len(a | b), 3 in a, 7 in a, Interval(2, 3) in a, a < b)
print(Interval(1, 2) & Interval(5, 6), Interval(1, 2) | Interval(2, 4))
for bad in (lambda: Interval(5, 1), lambda: Interval(1, 2) | Interval(3, 4)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
busy = IntervalSet([Interval(9, 10), Interval(13, 15), Interval(9, 11), Interval(15, 16), Interval(12, 13)])
print("busy:", busy, "hours:", len(busy), "free gaps:", busy.gaps())
other = IntervalSet([Interval(10, 14), Interval(16, 18)])
print("union:", busy | other, "both busy:", busy & other)
print("10.5 busy?", 10.5 in busy, "11.5 busy?", 11.5 in busy, "sorted:", sorted({Interval(3, 4), Interval(1, 9), Interval(1, 2)}))
