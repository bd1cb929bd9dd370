# Context managers release resources on the way out of the with block,
# even when an exception leaves the block.
from contextlib import contextmanager


class Handle:
    open_handles = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Handle.open_handles += 1
        print("open", self.name, "->", Handle.open_handles)
        return self

    def __exit__(self, exc_type, exc, tb):
        Handle.open_handles -= 1
        print("close", self.name, "exc:", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


with Handle("a") as h:
    print("using", h.name)

with Handle("b"):
    raise KeyError("swallowed")
print("after b, open:", Handle.open_handles)

try:
    with Handle("c"), Handle("d"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught:", e)
print("open now:", Handle.open_handles)


@contextmanager
def lease(pool, name):
    pool.append(name)
    try:
        yield len(pool)
    finally:
        pool.remove(name)


pool = []
with lease(pool, "x") as n1:
    with lease(pool, "y") as n2:
        print("inside:", pool, n1, n2)
print("pool after:", pool)
try:
    with lease(pool, "z"):
        1 / 0
except ZeroDivisionError:
    print("pool after error:", pool)
