from contextlib import contextmanager, suppress

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

@contextmanager
def section(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"close {name}")

ind = Indenter()
with ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("back to one")
log = []
with section("alpha", log) as a, section("beta", log) as b:
    print(a, b)
with section("gamma", log):
    {}["missing"]
with suppress(ZeroDivisionError):
    print(1 / 0)
print("after suppress")
print(log)
