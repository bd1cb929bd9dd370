import sys


class Record:
    alive = 0

    def __init__(self, n):
        self.n = n
        Record.alive += 1

    def __del__(self):
        Record.alive -= 1


def source(n):
    for i in range(n):
        yield Record(i)


def evens(records):
    for r in records:
        if r.n % 2 == 0:
            yield r


def squares(records):
    for r in records:
        yield r.n * r.n


pipeline = squares(evens(source(10)))
print(next(pipeline), "alive:", Record.alive)
print(next(pipeline), "alive:", Record.alive)
print(list(pipeline), "alive:", Record.alive)
held = list(evens(source(6)))
print(len(held), "alive:", Record.alive)
print(sys.getrefcount(held[0]))
held = None
print("alive:", Record.alive)
gen = (Record(i) for i in range(3))
first = next(gen)
print("alive with suspended genexpr:", Record.alive)
del gen
print("alive:", Record.alive)
