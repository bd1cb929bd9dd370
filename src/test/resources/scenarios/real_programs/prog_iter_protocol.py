# custom iterator class: countdown and range-like
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class MyRange:
    def __init__(self, stop):
        self.stop = stop
    def __iter__(self):
        i = 0
        while i < self.stop:
            yield i
            i += 1
    def __contains__(self, x):
        return 0 <= x < self.stop
    def __getitem__(self, i):
        if not 0 <= i < self.stop:
            raise IndexError("out of range")
        return i

print(list(Countdown(5)))
r = MyRange(4)
print(list(r), 3 in r, 7 in r, r[2])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
for i, (a, b) in enumerate(zip(MyRange(3), Countdown(3)), start=1):
    print(i, a, b)
print(list(map(lambda p: p[0] * p[1], zip(r, r))))
print(sorted(Countdown(4)), min(MyRange(5)), max(Countdown(3)))
