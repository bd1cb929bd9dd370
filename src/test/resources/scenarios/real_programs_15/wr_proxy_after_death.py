# A weakref.proxy acts like the object while it lives; afterwards every
# use raises ReferenceError.
import weakref


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def __len__(self):
        return self.balance


acct = Account("kim", 10)
p = weakref.proxy(acct)
print(p.owner, p.deposit(5), len(p))
p.balance = 100
print(acct.balance)
print(type(p).__name__, isinstance(p, Account))
print("proxies counted:", weakref.getweakrefcount(acct))
del acct
for attempt in ("attribute", "call", "len"):
    try:
        if attempt == "attribute":
            p.owner
        elif attempt == "call":
            p.deposit(1)
        else:
            len(p)
    except ReferenceError as e:
        print(attempt, "->", type(e).__name__, e)
