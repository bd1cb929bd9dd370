import contextlib
import sys

class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False
    def say(self, text):
        print("    " * self.level + text)

with Indenter() as ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("back")

class Swallow:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print(f"swallowed {et.__name__}: {ev}")
            return True
        print("exit clean" if et is None else f"passing on {et.__name__}")
        return False

with Swallow(KeyError):
    {}["missing"]
with Swallow(KeyError):
    pass
try:
    with Swallow(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("outside:", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>", end="")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print(t, end="")
with contextlib.suppress(ValueError, TypeError):
    int("nope")
print("after suppress")
with tag("p"), tag("i"):
    print("nested", end="")
print(sys.getrefcount(Indenter) > 1)
