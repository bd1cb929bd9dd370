# gen.throw() on a generator suspended in `yield from` hands the exception to
# the inner generator: it may catch it and yield again, return (ending the
# yield from with its value) or let it through.
import sys


def reader(name):
    buffer = []
    try:
        while True:
            try:
                line = yield len(buffer)
                buffer.append(line)
            except ValueError as e:
                print(name, "skips bad input:", e)
                yield -1
    except GeneratorExit:
        print(name, "closed with", buffer)
        raise
    finally:
        print(name, "cleans up")


def tolerant():
    got = yield from reader("inner")
    print("never here", got)


g = tolerant()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(ValueError("oops")))
print(g.send("c"))
g.close()


def counter():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError:
            return total
        total += x


def outer():
    result = yield from counter()
    print("counter returned", result)
    yield "after"


o = outer()
next(o)
o.send(5)
o.send(7)
print(o.throw(KeyError("stop")))


def fragile():
    yield 1
    yield 2


def wrapper():
    try:
        yield from fragile()
    except RuntimeError as e:
        print("wrapper caught", e)
        yield "recovered"


w = wrapper()
next(w)
print(w.throw(RuntimeError("boom")))


def over_list():
    yield from [10, 20, 30]


l = over_list()
next(l)
try:
    l.throw(IndexError("no throw() on a list iterator"))
except IndexError as e:
    print("raised in the delegating generator:", e)
print(sys.getrefcount(l), list(l))
