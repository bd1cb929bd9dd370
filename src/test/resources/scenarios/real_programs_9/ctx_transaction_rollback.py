import copy


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = copy.deepcopy(self.store)
        return self.store

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back because of {exc_type.__name__}: {exc_value}")
        else:
            print("committed")
        return exc_type is ValueError


db = {"alice": {"balance": 100, "log": []}, "bob": {"balance": 50, "log": []}}


def move(db, a, b, amt):
    with Transaction(db) as s:
        s[a]["balance"] -= amt
        s[a]["log"].append(-amt)
        if s[a]["balance"] < 0:
            raise ValueError(f"{a} overdrawn")
        s[b]["balance"] += amt
        s[b]["log"].append(amt)


move(db, "alice", "bob", 30)
move(db, "bob", "alice", 500)
print(db)
try:
    move(db, "alice", "carol", 10)
except KeyError as e:
    print("KeyError escaped:", e)
print(db["alice"], "carol" in db)
