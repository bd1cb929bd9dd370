class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available


class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        gained = self._balance * self.interest_rate
        self._balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance:.2f})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8} {self._balance:>10,.2f}"


class Savings(Account):
    interest_rate = 0.025


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self


accounts = [Savings("Ana", 1200), Checking("Ben", 50), Account("Cleo")]
accounts[0].deposit(300).withdraw(125.5)
accounts[1].withdraw(120)
accounts[2].deposit(19.99)
for acc in accounts:
    print(acc)
    print("  ", repr(acc))

try:
    accounts[1].withdraw(100)
except InsufficientFunds as e:
    print("refused:", e, "| needed", e.needed)

try:
    accounts[2].deposit(-5)
except ValueError as e:
    print("ValueError:", e)

try:
    accounts[0].balance = 10
except AttributeError as e:
    print("AttributeError:", e)

for acc in accounts:
    print(f"{acc.owner}: interest {acc.add_interest():.3f}")

total = sum(a.balance for a in accounts)
print(f"total {total:,.2f}")
print([kind for kind, _ in accounts[0].history])
print(isinstance(accounts[0], Account), issubclass(Checking, Savings))
print(Account._next_number)
