from contextlib import contextmanager, suppress, closing
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    with tag("p"):
        print("text", t)

@contextmanager
def handled():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed:", e)

with handled():
    1 / 0
print("continues")
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
buf = io.StringIO()
print("captured line", file=buf)
print("second", file=buf)
print(repr(buf.getvalue()))

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closing", self.n)

with closing(Res(9)), closing(Res(8)):
    print("body done")
with closing(Res(1)) as r:
    print("using", r.n)
