# gen.throw() raises at the paused yield; close() sends GeneratorExit; finally blocks run
import sys, gc
def worker():
    total = 0
    try:
        while True:
            try:
                x = yield total
                total += x
            except ValueError as e:
                print("worker caught", e)
                total = 0
    finally:
        print("worker finally", total)
g = worker()
print(next(g), g.send(5), g.send(7))
print(g.throw(ValueError("reset")))
print(g.send(2))
print(g.throw(ValueError))
try:
    g.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
print(sys.getrefcount(g), gc.collect())
try:
    next(g)
except StopIteration:
    print("finished")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
    yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def early():
    print("never runs")
    yield 1
e = early()
try:
    e.throw(TypeError("before start"))
except TypeError as err:
    print("raised at once:", err)
print(next(e, "exhausted"))
def catcher():
    try:
        yield 1
    except IndexError:
        return "caught and returned"
c = catcher()
next(c)
try:
    c.throw(IndexError)
except StopIteration as stop:
    print(stop.args)
def closer():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")
k = closer()
print(next(k)); k.close(); k.close(); print(list(k))
for bad in [lambda: k.throw(1), lambda: k.throw(ValueError("x"), "y")]:
    try:
        bad()
    except TypeError as err:
        print(err)
