# An error that leaves a generator adds the generator's frame to the traceback; that frame object
# takes the generator's locals over, so they die with the traceback, not when the generator ends.
import gc
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


def readings(name):
    guard = Resource(name)
    yield 1
    yield 2
    raise ValueError(f"sensor {name} failed")


def entries(tb):
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    return lines


gc.collect()
try:
    for value in readings("a"):
        print("value", value)
except ValueError as err:
    print("caught", err, entries(err.__traceback__), gc.get_count())
    kept = err
print("generator finished")
del kept
print("traceback dropped")

gen = readings("b")
print(next(gen), next(gen))
try:
    next(gen)
except ValueError as err:
    print("caught", err, entries(err.__traceback__))
print("gen finished", sys.getrefcount(gen))
del gen
print("end")
