class SparseVector:
    """A vector that stores only its non-zero entries."""

    def __init__(self, size, entries=None):
        self.size = size
        self.entries = {i: v for i, v in (entries or {}).items() if v}
        bad = [i for i in self.entries if not 0 <= i < size]
        if bad:
            raise IndexError(f"indices {bad} outside 0..{size - 1}")

    @classmethod
    def from_dense(cls, values):
        return cls(len(values), dict(enumerate(values)))

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if not -self.size <= i < self.size:
            raise IndexError("sparse index out of range")
        return self.entries.get(i % self.size, 0)

    def __setitem__(self, i, value):
        i %= self.size
        if value:
            self.entries[i] = value
        else:
            self.entries.pop(i, None)

    def __iter__(self):
        return (self.entries.get(i, 0) for i in range(self.size))

    def __add__(self, other):
        if self.size != other.size:
            raise ValueError("sizes differ")
        out = dict(self.entries)
        for i, v in other.entries.items():
            out[i] = out.get(i, 0) + v
        return SparseVector(self.size, out)

    def __mul__(self, other):
        if isinstance(other, SparseVector):
            small, big = sorted((self.entries, other.entries), key=len)
            return sum(v * big[i] for i, v in small.items() if i in big)
        return SparseVector(self.size, {i: v * other for i, v in self.entries.items()})

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, SparseVector) and (self.size, self.entries) == (other.size, other.entries)

    def __bool__(self):
        return bool(self.entries)

    def density(self):
        return len(self.entries) / self.size

    def __repr__(self):
        body = ", ".join(f"{i}: {v}" for i, v in sorted(self.entries.items()))
        return f"SparseVector({self.size}, {{{body}}})"


a = SparseVector.from_dense([0, 3, 0, 0, 5, 0, 0, 0])
b = SparseVector(8, {1: 2, 7: -1})
print(a, b, len(a), f"{a.density():.0%}")
print(list(a), a[4], a[-4], a[0])
print("a + b =", a + b, "| a . b =", a * b, "| 3a =", 3 * a)
a[4] = 0
a[6] = 9
print(a, bool(SparseVector(3)), a == SparseVector(8, {1: 3, 6: 9}))
for bad in (lambda: a[8], lambda: SparseVector(3, {5: 1}), lambda: a + SparseVector(2)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print("max:", max(a), "sum:", sum(a), "nonzero:", sorted(a.entries))
