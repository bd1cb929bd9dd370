# Class attributes are shared until an instance assigns its own.
class Counter:
    total = 0
    def __init__(self, start):
        self.n = start
    def inc(self):
        self.n += 1
        Counter.total += 1
        return self.n
c = Counter(5)
d = Counter(0)
print(c.inc(), c.inc(), d.inc(), Counter.total, c.total)
c.total = 100
print(c.total, d.total, Counter.total)
