class Linspace:
    """num evenly spaced floats from start to stop (both included), re-iterable like range()."""

    def __init__(self, start, stop, num=5):
        if num < 0:
            raise ValueError(f"num must be non-negative, got {num}")
        self.start, self.stop, self.num = start, stop, num

    @property
    def step(self):
        return (self.stop - self.start) / (self.num - 1) if self.num > 1 else 0.0

    def __len__(self):
        return self.num

    def __getitem__(self, i):
        if i < 0:
            i += self.num
        if not 0 <= i < self.num:
            raise IndexError("Linspace index out of range")
        return self.stop if i == self.num - 1 else self.start + i * self.step

    def __iter__(self):
        return _Walker(self)

    def __reversed__(self):
        i = self.num
        while i:
            i -= 1
            yield self[i]

    def __repr__(self):
        return f"Linspace({self.start!r}, {self.stop!r}, num={self.num})"


class _Walker:
    """The iterator: remembers how far along one pass is."""

    def __init__(self, space):
        self.space, self.pos = space, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.space):
            raise StopIteration
        value = self.space[self.pos]
        self.pos += 1
        return value


class Batches:
    """Groups an iterable into lists of at most `size` items."""

    def __init__(self, iterable, size):
        if size < 1:
            raise ValueError("size must be at least 1")
        self.source, self.size = iter(iterable), size

    def __iter__(self):
        return self

    def __next__(self):
        batch = [item for _, item in zip(range(self.size), self.source)]
        if batch:
            return batch
        raise StopIteration


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        yield from range(self.n, 0, -1)


grid = Linspace(0, 1, 5)
print(repr(grid), list(grid), len(grid), grid.step)
print("again:", [round(x * 2, 2) for x in grid], "reversed:", list(reversed(grid)))
print("0.5 in grid:", 0.5 in grid, "0.6 in grid:", 0.6 in grid, "grid[-2]:", grid[-2])
down = Linspace(2, 0, 3)
print("down:", list(down), "sum", sum(down), "| single:", list(Linspace(7, 9, 1)), "| empty:", list(Linspace(0, 1, 0)))
it = iter(grid)
print("manual:", next(it), next(it), iter(it) is it)
print("rest:", list(it), "then:", list(it))
print("batches:", list(Batches(range(10), 4)))
print("word pairs:", [" ".join(b) for b in Batches("the quick brown fox jumps over".split(), 2)])
c = Countdown(3)
print("countdown twice:", list(c), list(c))
print("zip:", list(zip(Countdown(4), Linspace(0, 1.5, 4), "abcd")))
print("enumerate:", dict(enumerate(Countdown(3), start=1)))
for bad in (lambda: Linspace(0, 1, -2), lambda: Batches([], 0), lambda: grid[5]):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    next(iter(Linspace(1, 1, 0)))
except StopIteration:
    print("StopIteration from an empty Linspace")
