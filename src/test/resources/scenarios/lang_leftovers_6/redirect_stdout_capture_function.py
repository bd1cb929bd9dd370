# The classic use: capture what a function prints, then look at it; an exception inside the
# block still restores sys.stdout, and a class with write() can be the target.
import contextlib
import gc
import io
import sys


def report(items):
    for name, qty in items:
        print(f"{name:<6}{qty:>3}")
    return len(items)


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    n = report([("apple", 3), ("pear", 12)])
text = buf.getvalue()
print(n, text.splitlines(), len(text))
try:
    with contextlib.redirect_stdout(io.StringIO()) as lost:
        print("half")
        raise ValueError("stopped")
except ValueError as e:
    print("ValueError", e, repr(lost.getvalue()), sys.stdout is sys.__stdout__)


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text.upper())


u = Upper()
with contextlib.redirect_stdout(u):
    print("shout", "this", sep="_")
print(u.parts, sys.getrefcount(u))
gc.collect()
print(gc.get_count())
