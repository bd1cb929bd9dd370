class FloatRange:
    def __init__(self, start, stop, step):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        return FloatRangeIterator(self)

    def __len__(self):
        return max(0, round((self.stop - self.start) / self.step))

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield round(self.start + i * self.step, 10)

class FloatRangeIterator:
    def __init__(self, r):
        self.r = r
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        value = round(self.r.start + self.i * self.r.step, 10)
        if value >= self.r.stop:
            raise StopIteration
        self.i += 1
        return value

fr = FloatRange(0, 1, 0.25)
print(list(fr), len(fr))
print(list(reversed(fr)))
it = iter(fr)
print(next(it), next(it), iter(it) is it)
print(sum(FloatRange(1, 2, 0.1)))
print(max(FloatRange(0, 0.5, 0.1)), 0.3 in FloatRange(0, 1, 0.1))
