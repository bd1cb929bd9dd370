from dataclasses import dataclass, field

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed

@dataclass
class Transaction:
    kind: str
    amount: float

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(Transaction("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(Transaction("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

alice, bob = Account("Alice", 100), Account("Bob")
alice.deposit(50)
alice.transfer(bob, 75.5)
for action in (lambda: bob.withdraw(100), lambda: alice.deposit(-5)):
    try:
        action()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
for acct in (alice, bob):
    print(f"{acct.owner:<6}{acct.balance:>10.2f}")
    for t in acct.history:
        print(f"    {t.kind:<9}{t.amount:8.2f}")
print(alice.history[0])
print(Account("Zed") == Account("Zed"))
