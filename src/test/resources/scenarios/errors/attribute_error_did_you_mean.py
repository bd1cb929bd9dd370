# An uncaught AttributeError ends with "Did you mean" from dir(obj); the caught one keeps obj and
# name, so the object lives as long as the exception does.
import sys

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount

acct = Account("ada")
try:
    acct.deposti(5)
except AttributeError as e:
    print(e)
    print(e.name, e.obj is acct, sys.getrefcount(acct))
print(sys.getrefcount(acct))
try:
    "text".uper()
except AttributeError as e:
    print(e.name, repr(e.obj))
print(getattr(acct, "owner"), hasattr(acct, "ownr"))
e = AttributeError("custom", name="n", obj=[1, 2])
print(e, e.name, e.obj, e.args)
acct.deposit(10)
print(acct.balanse)
