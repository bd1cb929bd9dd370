# a thrown exception can end a generator: its frame (and what its locals hold) is freed at once
import sys, gc, weakref
class Resource:
    pass
def reader(res):
    buffer = [res] * 3
    while True:
        cmd = yield len(buffer)
        buffer.append(cmd)
r = Resource()
alive = weakref.ref(r)
g = reader(r)
print(next(g), g.send("x"), sys.getrefcount(r))
try:
    g.throw(KeyboardInterrupt)
except KeyboardInterrupt:
    print("interrupted")
print(sys.getrefcount(r))
del r
print(alive() is None, gc.collect())
class Flaky(Exception):
    pass
def retry():
    attempts = 0
    while attempts < 3:
        try:
            yield attempts
        except Flaky as e:
            attempts += 1
            print("retrying after", e)
    return attempts
g = retry()
print(next(g), g.throw(Flaky("timeout")), g.throw(Flaky("reset")))
try:
    g.throw(Flaky("gone"))
except StopIteration as stop:
    print("gave up after", stop.args)
print(gc.collect())
