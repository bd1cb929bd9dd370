import gc
import sys

class Big:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Big", self.n, "released")

def fail(n):
    big = Big(n)
    raise ValueError(f"failure {n}")

def keep_error():
    try:
        fail(1)
    except ValueError as exc:
        saved = exc
    print("saved:", saved)
    return saved

gc.collect()
err = keep_error()
depth = 0
tb = err.__traceback__
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("traceback depth:", depth)
del err
print("after del err")

def swallow():
    try:
        fail(2)
    except ValueError:
        info = sys.exc_info()
        print("type in handler:", info[0].__name__)
    print("after handler exc_info:", sys.exc_info())

swallow()
print("collected:", gc.collect())
