from contextlib import contextmanager

class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, kind, value, tb):
        Indent.level -= 1
        return False
    def say(self, msg):
        print("    " * Indent.level + msg)

@contextmanager
def section(title):
    print(f"<{title}>")
    try:
        yield title.upper()
    except ValueError as e:
        print(f"  handled in {title}: {e}")
    finally:
        print(f"</{title}>")

with Indent() as a:
    a.say("one")
    with Indent() as b:
        b.say("two")
    a.say("back")
with section("body") as t:
    print("  inside", t)
with section("risky"):
    raise ValueError("bad number")
print("after, level", Indent.level)
try:
    with section("outer"):
        raise KeyError("k")
except KeyError as e:
    print("escaped:", repr(e))
