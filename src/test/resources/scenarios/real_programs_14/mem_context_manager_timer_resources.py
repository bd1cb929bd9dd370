import gc
import sys
from contextlib import contextmanager


class Resource:
    opened = 0

    def __init__(self, name):
        self.name = name
        Resource.opened += 1

    def __enter__(self):
        print(f"open {self.name} (open={Resource.opened})")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened -= 1
        print(f"close {self.name} exc={exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError

    def __del__(self):
        print(f"free {self.name}")


@contextmanager
def tagged(tag):
    print(f"<{tag}>")
    try:
        yield tag.upper()
    finally:
        print(f"</{tag}>")


gc.collect()
with Resource("db") as db, tagged("b") as t:
    print("inside", t, "refcount db:", sys.getrefcount(db))
with Resource("cache") as c:
    raise KeyError("missing")
print("suppressed, c still bound:", c.name)
try:
    with Resource("file"):
        1 / 0
except ZeroDivisionError as e:
    print("caught:", e)
del db, c
print("opened:", Resource.opened)
print("collected:", gc.collect())
