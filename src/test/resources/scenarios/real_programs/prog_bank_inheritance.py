# savings account inheritance with class methods and __str__
class Account:
    interest = 0.0
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def apply_interest(self):
        gained = self.balance * self.interest
        self.balance += gained
        return gained
    def __str__(self):
        return f"#{self.id} {self.owner}: ${self.balance:,.2f}"

class Savings(Account):
    interest = 0.05

class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def __str__(self):
        return super().__str__() + f" (overdraft {self.overdraft})"

accts = [Savings("amy", 1000), Checking("ben", 50), Account("cy")]
accts[0].deposit(500).deposit(250)
for a in accts:
    print(a, "+", round(a.apply_interest(), 2))
print(accts[0].history)
print([type(a).__name__ for a in accts], Savings.__bases__[0].__name__)
print(accts[1].__dict__)
