import gc
import sys


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} needs {amount - account.balance:.2f} more")
        self.account = account
        self.amount = amount


class Account:
    rate = 0.02

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        return self.balance

    @classmethod
    def with_bonus(cls, owner):
        return cls(owner, 50.0)

    def __del__(self):
        print(f"closing {self.owner}'s account with {self.balance:.2f}")


gc.collect()
acct = Account.with_bonus("dana")
print("refcount:", sys.getrefcount(acct))
try:
    acct.withdraw(20)
    acct.withdraw(45.5)
except InsufficientFunds as e:
    print("error:", e)
    print("refcount inside handler:", sys.getrefcount(acct))
    saved = e
finally:
    print("finally balance:", acct.balance)
print("refcount with saved error:", sys.getrefcount(acct))
del acct
print("still open via exception:", saved.account.owner)
del saved
print("collected:", gc.collect())
print("end")
