import functools

audit = []


def audited(fn):
    @functools.wraps(fn)
    def wrapper(self, *args):
        before = self.balance
        try:
            result = fn(self, *args)
        except ValueError as e:
            audit.append(f"{fn.__name__}{args} FAILED: {e}")
            raise
        audit.append(f"{fn.__name__}{args}: {before} -> {self.balance}")
        return result
    return wrapper


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    @audited
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount

    @audited
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds ({self.balance})")
        self.balance -= amount

    def __str__(self):
        return f"{self.owner}: {self.balance:,}"


acct = Account("Grace", 1000)
acct.deposit(2500)
acct.withdraw(700)
for action, amount in [("withdraw", 10_000), ("deposit", -5), ("deposit", 42)]:
    try:
        getattr(acct, action)(amount)
    except ValueError as e:
        print("refused:", e)
print(acct)
print(*audit, sep="\n")
print(Account.deposit.__name__, Account.deposit.__wrapped__.__name__)
