class Account:
    interest = 0.02
    _next_number = 1000

    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.log: list[str] = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self.log.append(f"{self._balance:.2f} -> {value:.2f}")
        self._balance = value

    def deposit(self, amount):
        self.balance += amount
        return self

    def withdraw(self, amount):
        self.balance -= amount
        return self

    @classmethod
    def with_bonus(cls, owner):
        return cls(owner, 25.0)

    @staticmethod
    def fmt(amount):
        return f"${amount:,.2f}"

a = Account("ana", 100)
a.deposit(50).withdraw(30)
b = Account.with_bonus("ben")
for acct in (a, b):
    print(acct.number, acct.owner, Account.fmt(acct.balance))
try:
    a.withdraw(1000)
except ValueError as e:
    print("error:", e)
print(a.log)
print(Account.fmt(1234567.891), type(Account.__dict__["balance"]).__name__)
