# A yield in the middle of a call or an expression: what the expression had already evaluated
# (the method, the other operands, the loop's iterator) waits on the generator's frame until the
# generator is resumed, whoever resumes it and from however deep.
import sys


def collector(xs):
    got = []
    for x in xs:
        got.append((yield x))
    yield got


g = collector([1, 2])
print(next(g), g.send(5), g.send(7))


def running_total():
    total = 0
    while True:
        total = total + (yield total) * 2


acc = running_total()
print(next(acc), acc.send(1), [acc.send(n) for n in (2, 3)], acc.send(0))


def pairs_with(label):
    received = [label, (yield "first"), (yield "second")]
    yield received


p = pairs_with("L")
print(next(p), p.send("a"), p.send("b"))
marker = object()


def holds(obj):
    yield [obj, (yield sys.getrefcount(obj))]


h = holds(marker)
before = next(h)
print(before, sys.getrefcount(marker))
print(h.send(None)[0] is marker, sys.getrefcount(marker))
