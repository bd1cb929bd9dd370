# a weakref.proxy reads and writes the object's attributes and calls its methods
import weakref
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, n):
        self.balance += n
        return self.balance
acct = Account("ada")
p = weakref.proxy(acct)
print(p.owner, p.deposit(5), p.deposit(7))
p.balance = 100
print(acct.balance, hasattr(p, "missing"), getattr(p, "owner"))
