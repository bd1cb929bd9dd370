import sys


class Tally:
    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, objtype=None):
        print("get sees obj", sys.getrefcount(obj))
        return getattr(obj, self.key, 0)

    def __set__(self, obj, value):
        print("set sees obj", sys.getrefcount(obj))
        setattr(obj, self.key, value)


class Account:
    deposits = Tally()

    def __init__(self):
        self._balance = 0

    @property
    def balance(self):
        print("property get sees self", sys.getrefcount(self))
        return self._balance

    @balance.setter
    def balance(self, value):
        print("property set sees self", sys.getrefcount(self))
        self._balance = value


acct = Account()
acct.balance += 50
acct.deposits += 1
acct.deposits += 1
print(acct.balance, acct.deposits)
print(sys.getrefcount(acct))
