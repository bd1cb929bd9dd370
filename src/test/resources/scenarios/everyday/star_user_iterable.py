# A user iterable in a display: __iter__ runs once, its items are taken one by one.
import sys

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("iter")
        return iter(range(self.n, 0, -1))

c = Countdown(3)
xs = [*c, 0]
print(xs, sys.getsizeof(xs))
print((*c,), {*c})
print(sys.getrefcount(c))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print([*Seq(), *Seq()], sys.getsizeof([*Seq()]))
