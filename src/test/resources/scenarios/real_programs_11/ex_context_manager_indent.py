from contextlib import contextmanager

class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def print(self, text):
        print("    " * self.level + text)

with Indenter() as ind:
    ind.print("hi")
    with ind:
        ind.print("hello")
        with ind:
            ind.print("bonjour")
    ind.print("hey")

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("html"):
    with tag("body") as t:
        print("  content in", t)

try:
    with tag("div"):
        raise KeyError("missing")
except KeyError as e:
    print("caught", repr(e))
