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

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __contains__(self, x):
        return 0 <= x < self.n
    def __reversed__(self):
        return iter(range(self.n - 1, -1, -1))

print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration:
    print("exhausted")
r = Range2(4)
print(list(r), 3 in r, 9 in r, list(reversed(r)))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "a", None, []])))
print(dict(enumerate("xyz")), list(zip(range(3), "ab")))
print(any(x > 2 for x in r), all(x < 4 for x in r))
sentinel_iter = iter([5, 4, 0, 3].pop, 0)
print(list(sentinel_iter))
