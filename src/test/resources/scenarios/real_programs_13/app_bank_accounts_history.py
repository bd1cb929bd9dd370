class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.shortfall = amount - account.balance

class Account:
    next_id = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = [("open", balance)]
        self.id = Account.next_id
        Account.next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"

a = Account("Ann", 100)
b = Account("Ben")
a.transfer(b, 40)
for action in (lambda: b.transfer(a, 100), lambda: a.deposit(-5), lambda: b.withdraw(15)):
    try:
        action()
    except InsufficientFunds as e:
        print("refused:", e, "short by", e.shortfall)
    except ValueError as e:
        print("invalid:", e)
print(a, b)
print(a.history)
print(b.history)
