# A timing context manager: what the with statement holds while the block runs, and the garbage
# the timed work leaves for the collector.
import gc
import sys
import time


class Timer:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        self.start = time.perf_counter()
        print("inside, manager refs:", sys.getrefcount(self))
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start
        print(self.label, "took", "some" if self.seconds >= 0 else "negative", "time")
        return False


class Node:
    def __init__(self):
        self.peer = None


gc.collect()
with Timer("building cycles") as t:
    for _ in range(50):
        a, b = Node(), Node()
        a.peer, b.peer = b, a
    del a, b
print(sys.getrefcount(t), type(t.seconds).__name__)
print("collected", gc.collect())
start = time.monotonic()
time.sleep(1.5)
print("slept at least 1.5 s:", time.monotonic() - start >= 1.5)
