from contextlib import contextmanager, suppress, ExitStack, redirect_stdout
import io


class Connection:
    opened = []

    def __init__(self, name, fail_on_close=False):
        self.name = name
        self.fail_on_close = fail_on_close
        self.log = []

    def __enter__(self):
        Connection.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Connection.opened.remove(self.name)
        status = "ok" if exc_type is None else f"after {exc_type.__name__}: {exc}"
        print(f"close {self.name} ({status})")
        if self.fail_on_close:
            raise ConnectionError(f"{self.name} failed to close")
        return exc_type is KeyError

    def send(self, msg):
        self.log.append(msg)
        if msg == "boom":
            raise RuntimeError("server exploded")
        if msg == "lookup":
            raise KeyError("missing-key")


@contextmanager
def indented(label, level=2):
    print(f"{label} {{")
    buffer = io.StringIO()
    try:
        with redirect_stdout(buffer):
            yield buffer
    finally:
        for line in buffer.getvalue().splitlines():
            print(" " * level + line)
        print("}")


@contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception as e:
        store.clear()
        store.update(snapshot)
        print(f"rolled back because {e!r}")
        raise
    else:
        print("committed", sorted(store.items()))


with Connection("db") as c:
    c.send("hello")
print("swallowed KeyError:")
with Connection("cache") as c:
    c.send("lookup")
    print("not reached")
try:
    with Connection("api") as c:
        c.send("boom")
except RuntimeError as e:
    print("caught:", e)
try:
    with Connection("flaky", fail_on_close=True):
        raise ValueError("inner problem")
except ConnectionError as e:
    print("caught:", e, "| context:", repr(e.__context__))
with indented("block"):
    print("line one")
    print("line two")
data = {"a": 1}
with transaction(data) as d:
    d["b"] = 2
with suppress(ZeroDivisionError):
    with transaction(data) as d:
        d["c"] = 3
        d["a"] = 1 / 0
print("after rollback:", data)
with ExitStack() as stack:
    conns = [stack.enter_context(Connection(n)) for n in ("x", "y", "z")]
    stack.callback(print, "callback runs first")
    print("open now:", Connection.opened)
print("open after:", Connection.opened)
with suppress(KeyError, IndexError):
    [][3]
print("done")
