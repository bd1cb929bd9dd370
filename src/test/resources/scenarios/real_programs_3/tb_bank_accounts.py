class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"Insufficient funds: balance is {self.balance:.2f}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def __repr__(self):
        return f"Account(#{self.number}, {self.owner!r}, {self.balance:.2f})"

class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.03):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

def main():
    alice = Account("Alice", 500)
    bob = SavingsAccount("Bob", 1200, rate=0.05)
    alice.transfer(bob, 200)
    print(alice, bob, sep="\n")
    print("interest:", bob.add_interest())
    try:
        alice.withdraw(1000)
    except ValueError as err:
        print("Error:", err)
    for kind, amount in bob.history:
        print(f"{kind:>10}: {amount:8.2f}")
    total = sum(a.balance for a in (alice, bob))
    print(f"Total: {total:,.2f}")

if __name__ == "__main__":
    main()
