import gc

log = []

class Resource:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        log.append(f"finalizing {self.name}")

gc.collect()
x = Resource("x")
y = Resource("y")
x.partner = y
y.partner = x
del x, y
print("before collect:", log)
n = gc.collect()
print("collected:", n)
print("log:", sorted(log))
print("gc.garbage is empty since 3.4:", gc.garbage == [])

log.clear()
solo = Resource("solo")
solo.partner = solo
del solo
print("self-cycle collected:", gc.collect())
print("log:", log)
