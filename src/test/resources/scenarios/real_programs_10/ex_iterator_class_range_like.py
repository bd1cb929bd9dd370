class FloatRange:
    def __init__(self, start, stop, step=1.0):
        if step == 0:
            raise ValueError("step must not be zero")
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        return FloatRangeIterator(self)

    def __len__(self):
        n = int((self.stop - self.start) / self.step)
        return max(0, n + (self.start + n * self.step < self.stop if self.step > 0 else self.start + n * self.step > self.stop))

    def __reversed__(self):
        return reversed(list(self))

    def __contains__(self, x):
        return any(abs(x - v) < 1e-9 for v in self)

class FloatRangeIterator:
    def __init__(self, rng):
        self.rng = rng
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        v = self.rng.start + self.i * self.rng.step
        if (self.rng.step > 0 and v >= self.rng.stop) or (self.rng.step < 0 and v <= self.rng.stop):
            raise StopIteration
        self.i += 1
        return round(v, 10)

r = FloatRange(0, 1, 0.25)
print(list(r), len(r))
print(list(reversed(r)))
print(0.5 in r, 0.6 in r)
print(list(FloatRange(2, 0, -0.5)), len(FloatRange(2, 0, -0.5)))
it = iter(r)
print(next(it), next(it), list(it), list(it))
print(sum(FloatRange(1, 3, 0.5)), max(FloatRange(0, 2, 0.3)))
print(list(zip(FloatRange(0, 1, 0.5), "ab")))
try:
    FloatRange(0, 1, 0)
except ValueError as e:
    print("error:", e)
print(dict(enumerate(FloatRange(5, 6, 0.4))))
