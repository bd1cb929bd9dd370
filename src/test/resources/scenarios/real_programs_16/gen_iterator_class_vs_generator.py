# The same sequence as an iterator class, a generator function and a generator expression.
class Squares:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n ** 2


def squares(limit):
    n = 0
    while n < limit:
        n += 1
        yield n ** 2


class SquaresIterable:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return squares(self.limit)


it = Squares(5)
print(list(it), list(it))
gen = squares(5)
print(next(gen), next(gen), list(gen))
reusable = SquaresIterable(4)
print(list(reusable), list(reusable), sum(reusable))
ge = (n * n for n in range(1, 6))
print(3 in ge, list(ge))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


print(take(12, fib()))
evens = (x for x in fib() if x % 2 == 0)
print(take(6, evens))


def countdown(n):
    print("  starting countdown")
    while n > 0:
        got = yield n
        if got:
            n = got
        else:
            n -= 1
    return "liftoff"


c = countdown(5)
print(next(c), next(c), c.send(10), next(c))
c2 = countdown(2)
try:
    while True:
        print(" tick", next(c2))
except StopIteration as stop:
    print("returned:", stop.value)
print(iter(it) is it, iter(reusable) is iter(reusable))
