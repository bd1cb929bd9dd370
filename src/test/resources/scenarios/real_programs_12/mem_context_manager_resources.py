import gc
from contextlib import contextmanager


class Resource:
    open_count = 0

    def __init__(self, name):
        self.name = name
        Resource.open_count += 1

    def __del__(self):
        Resource.open_count -= 1
        print(f"  [{self.name} freed]")


class Managed:
    def __init__(self, name):
        self.name = name
        self.res = None

    def __enter__(self):
        self.res = Resource(self.name)
        print("enter", self.name, "open:", Resource.open_count)
        return self.res

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, "error:", exc_type.__name__ if exc_type else None)
        self.res = None
        return exc_type is ZeroDivisionError


with Managed("db") as r:
    print("using", r.name)
print("after with, r still bound:", r.name, Resource.open_count)
del r
with Managed("calc"):
    1 / 0
print("suppressed division error")


@contextmanager
def opened(name):
    res = Resource(name)
    print("gen enter", name)
    try:
        yield res
    finally:
        print("gen cleanup", name)


with opened("file") as f:
    print("inside", f.name)
del f
try:
    with opened("bad"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
print("open at end:", Resource.open_count, gc.collect())
