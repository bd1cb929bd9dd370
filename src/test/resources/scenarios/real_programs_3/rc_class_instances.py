import sys

class Account:
    registry = []
    def __init__(self, name):
        self.name = name
        Account.registry.append(self)

a = Account("alice")
print(sys.getrefcount(a))
b = Account("bob")
print(len(Account.registry))
print(sys.getrefcount(a))
Account.registry.remove(a)
print(sys.getrefcount(a))
m = a.__init__
print(sys.getrefcount(a))
del m
print(sys.getrefcount(a))
print(sys.getrefcount(Account) > 3)
