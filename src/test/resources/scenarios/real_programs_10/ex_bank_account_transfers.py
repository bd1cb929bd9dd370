class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


class Account:
    interest_rate = 0.02
    _count = 0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.transactions = []
        Account._count += 1
        self.number = f"ACC-{Account._count:04d}"

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.transactions.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.transactions.append(("withdraw", amount))
        return self

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def add_interest(self):
        gained = self.balance * self.interest_rate
        self.deposit(round(gained, 2))

    def __str__(self):
        return "%s %-6s %10.2f" % (self.number, self.owner, self.balance)


class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([t for t in self.transactions if t[0] == "withdraw"]) >= 2:
            raise RuntimeError("savings: withdrawal limit reached")
        return super().withdraw(amount)


def main():
    alice = Account("Alice", 100)
    bob = SavingsAccount("Bob", 500)
    alice.deposit(50).deposit(25)
    bob.transfer(alice, 120)
    for acct in (alice, bob):
        acct.add_interest()
        print(acct)
    try:
        alice.transfer(bob, 1000)
    except InsufficientFunds as e:
        print("error:", e)
        print("amount was", e.amount, "from", e.account.number)
    try:
        alice.deposit(-3)
    except ValueError as e:
        print("error:", e)
    bob.withdraw(1)
    try:
        bob.withdraw(1)
    except RuntimeError as e:
        print("error:", e)
    for kind, amt in bob.transactions:
        print(f"  {kind:>8}: {amt:8.2f}")
    print("accounts opened:", Account._count)


if __name__ == "__main__":
    main()
