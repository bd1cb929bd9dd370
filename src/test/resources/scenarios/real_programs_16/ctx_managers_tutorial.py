# Context managers in a tutorial: a class-based timer-free tracer, contextmanager, suppress, nesting.
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


with Indenter() as ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("back to one")


@contextmanager
def tag(name, **attrs):
    extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
    print(f"<{name}{extra}>", end="")
    try:
        yield name
    finally:
        print(f"</{name}>")


with tag("p", cls="intro"):
    print("hello", end="")
with tag("ul") as t:
    print(t, end="")


class Transaction:
    def __init__(self, account):
        self.account = account

    def __enter__(self):
        self.snapshot = dict(self.account)
        return self.account

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.account.clear()
            self.account.update(self.snapshot)
            print(f"rolled back after {et.__name__}: {ev}")
            return True
        print("committed")


acct = {"balance": 100}
with Transaction(acct) as a:
    a["balance"] -= 30
print(acct)
with Transaction(acct) as a:
    a["balance"] -= 500
    if a["balance"] < 0:
        raise ValueError("overdrawn")
print(acct)
with suppress(KeyError, IndexError):
    print({}["missing"])
print("after suppress")


@contextmanager
def opened(log):
    log.append("open")
    try:
        yield log
    except ZeroDivisionError:
        log.append("handled zero")
    finally:
        log.append("close")


log = []
with opened(log):
    1 / 0
print(log)
with opened([]) as l2, tag("b"):
    l2.append("work")
    print(l2, end="")
