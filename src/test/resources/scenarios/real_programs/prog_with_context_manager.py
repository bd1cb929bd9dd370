# context managers: timer and suppressing
import contextlib

class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

with Managed("one") as m:
    print("inside", m.name)
with Managed("two"):
    {}["missing"]
print("survived")
try:
    with Managed("three"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("p") as t:
    print("text", t)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("end")
