# a generator's send and close are values too
def counter():
    n = 0
    while True:
        got = yield n
        n += 1 if got is None else got
g = counter()
step = g.send
print(next(g), step(5), step(None))
stop = g.close
stop()
print(g.__name__, (x for x in []).__name__)
