from contextlib import contextmanager, suppress

class Outline:
    """Numbered sections: 1, 1.1, 1.2, 2 ... each 'with' opens a deeper level."""

    def __init__(self):
        self.numbers = [0]

    def heading(self, title):
        self.numbers[-1] += 1
        print(".".join(map(str, self.numbers)).ljust(8) + title)
        return self

    def __enter__(self):
        self.numbers.append(0)

    def __exit__(self, *exc_info):
        self.numbers.pop()


doc = Outline()
with doc.heading("Introduction"):
    doc.heading("Motivation")
    with doc.heading("Scope"):
        doc.heading("In scope")
        doc.heading("Out of scope")
doc.heading("Design")


@contextmanager
def tag(name, **attrs):
    extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
    print(f"<{name}{extra}>")
    try:
        yield name
    finally:
        print(f"</{name}>")


with tag("ul", id="menu"):
    for item in ["home", "shop"]:
        with tag("li") as t:
            print(f"  {item} inside {t}")


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back after {exc_type.__name__}: {exc}")
            return True
        print("committed")


db = {"alice": 100, "bob": 20}
with Transaction(db) as t:
    t["alice"] -= 30
    t["bob"] += 30
print(db)
with Transaction(db) as t:
    t["alice"] -= 500
    if t["alice"] < 0:
        raise ValueError("negative balance")
print(db)

with suppress(KeyError, IndexError):
    print("looking up")
    db["carol"]
    print("never here")
print("after suppress")

@contextmanager
def timer_stub(label):
    steps = []
    yield steps
    print(f"{label}: {len(steps)} steps -> {steps}")

with timer_stub("sorting") as steps:
    data = [5, 2, 9, 1]
    for i in range(len(data)):
        for j in range(len(data) - 1 - i):
            if data[j] > data[j + 1]:
                data[j], data[j + 1] = data[j + 1], data[j]
                steps.append((j, j + 1))
print(data)
