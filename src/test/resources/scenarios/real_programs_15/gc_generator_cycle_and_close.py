# A suspended generator in a reference cycle: when the collector frees
# it, the generator is closed first, so its finally block runs.
import gc


def ticker(name, log):
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        log.append(f"{name} closed after {n}")


class Owner:
    def __init__(self, name, log):
        self.gen = ticker(name, log)
        self.me = self


log = []
gc.collect()
o = Owner("a", log)
print(next(o.gen), next(o.gen))
del o
print("after del:", log)
print("collected:", gc.collect())
print("after collect:", log)
g = ticker("b", log)
next(g)
del g
print("plain generator:", log)
