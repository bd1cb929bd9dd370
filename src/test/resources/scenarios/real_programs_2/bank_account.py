class InsufficientFunds(Exception):
    pass
class BankAccount:
    interest = 0.02
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        BankAccount.count += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        return self.balance
    def __str__(self):
        return f"{self.owner}: ${self.balance:,.2f}"
class Savings(BankAccount):
    def add_interest(self):
        self.balance += self.balance * self.interest
a = BankAccount("Ann", 100)
s = Savings("Sam", 1000)
a.deposit(50)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("error:", e)
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
s.add_interest()
print(a, s, sep="\n")
print(BankAccount.count, isinstance(s, BankAccount))
