class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}; balance {account.balance}")
        self.shortfall = amount - account.balance


class FrozenAccount(Exception):
    pass


class Account:
    _next_no = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.number = Account._next_no
        Account._next_no += 1
        self.history = []

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e, "| short by", e.shortfall)
        return False
    try:
        dst.deposit(amount)
    except FrozenAccount as e:
        src.deposit(amount)
        print("rolled back:", e)
        return False
    else:
        print(f"moved {amount} from {src.owner} to {dst.owner}")
        return True
    finally:
        print(f"  balances: {src.owner}={src.balance} {dst.owner}={dst.balance}")


a, b = Account("ann", 100), Account("bob", 20)
transfer(a, b, 30)
transfer(b, a, 80)
b.frozen = True
transfer(a, b, 10)
for amt in (50, -5, 0):
    try:
        a.deposit(amt)
    except ValueError as e:
        print("ValueError:", e)
print(a.number, b.number, a.history)
print(sorted([a, b], key=lambda acc: acc.balance)[0].owner)
