import gc

def looper(items):
    for it in items:
        yield it

class Holder:
    pass

gc.collect()
h = Holder()
h.gen = looper([h, 1, 2])
next(h.gen)
print(gc.is_tracked(h.gen))
del h
print("collected:", gc.collect())

def counter():
    n = 0
    while True:
        n += 1
        got = yield n
        if got == "stop":
            return n

c = counter()
print(next(c), next(c), c.send(None))
try:
    c.send("stop")
except StopIteration as stop:
    print("returned", stop.value)
print(gc.collect())
