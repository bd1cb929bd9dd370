import gc
import sys


class Big:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Big", self.n, "freed")


def level2():
    data = Big(2)
    raise RuntimeError("deep failure")


def level1():
    data = Big(1)
    level2()


gc.collect()
try:
    level1()
except RuntimeError as e:
    print("caught:", e)
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("traceback depth:", depth)
print("handler left")
try:
    level1()
except RuntimeError as e:
    kept = e
print("kept error, frames alive")
del kept
print("collected:", gc.collect())
print("end")
