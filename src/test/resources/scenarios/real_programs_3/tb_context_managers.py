from contextlib import contextmanager

class Timer:
    def __init__(self, name):
        self.name = name
        self.entered = False
    def __enter__(self):
        self.entered = True
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is ZeroDivisionError

with Timer("a") as t:
    print("inside", t.entered)
with Timer("b"):
    1 / 0
print("after b")
try:
    with Timer("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as up, tag("p"):
    print("text", up)

class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *args):
        self.level -= 1
    def say(self, text):
        print("    " * self.level + text)

with Indenter() as ind:
    ind.say("one")
    with ind:
        ind.say("two")
    ind.say("three")
