import weakref

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, n):
        self.balance += n
        return self.balance
    def __len__(self):
        return 3
    def __str__(self):
        return f"{self.owner}: {self.balance}"

acct = Account("ada", 10)
p = weakref.proxy(acct)
print(p.owner, p.deposit(5), acct.balance, len(p))
print(str(p))
p.balance = 100
print(acct.balance, type(p).__name__)
print(weakref.getweakrefcount(acct))
del acct
try:
    print(p.owner)
except ReferenceError as e:
    print("ReferenceError:", e)
