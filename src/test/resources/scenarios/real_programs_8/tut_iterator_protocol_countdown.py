class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIterator(self.start)

class CountdownIterator:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Squares:
    def __init__(self, items):
        self.items = list(items)
    def __getitem__(self, index):
        return self.items[index] ** 2
    def __len__(self):
        return len(self.items)

cd = Countdown(4)
print(list(cd), list(cd))
it = iter(cd)
print(next(it), next(it), list(it), next(it, "done"))
sq = Squares(range(5))
print(list(sq), sq[-1], sq[1:3] if False else sq[2], len(sq))
for i, s in enumerate(sq):
    if i == 2:
        break
    print(i, s)
print(3 in Countdown(5), 9 in sq, 10 in sq)
print(sum(Countdown(10)), max(Countdown(3)), sorted(Countdown(3)))
it2 = iter(sq)
print(type(it2).__name__, next(it2), next(it2))
