from contextlib import contextmanager, suppress, closing, nullcontext


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        if exc_type is KeyError:
            self.print(f"swallowed KeyError {exc}")
            return True
        return False

    def print(self, text):
        print("    " * self.level + text)


with Indenter() as ind:
    ind.print("hi")
    with ind:
        ind.print("talk")
        with ind:
            ind.print("deep")
            {}["missing"]
        ind.print("after swallow")
    ind.print("bye")


@contextmanager
def tag(name, attrs=""):
    print(f"<{name}{attrs}>", end="")
    try:
        yield name
    except ValueError as e:
        print(f"[error: {e}]", end="")
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("text in", t, end="")
with tag("b", ' class="x"'):
    raise ValueError("bad")
with suppress(ZeroDivisionError, TypeError):
    print(1 / 0)
print("suppressed")


class Conn:
    def close(self):
        print("conn closed")


with closing(Conn()) as c:
    print("using", type(c).__name__)
with nullcontext(42) as v:
    print("null gives", v)
try:
    with tag("i"):
        raise KeyError("k")
except KeyError as e:
    print("escaped:", repr(e))
