# custom exceptions in a bank account
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}, balance is {balance}")
        self.balance = balance
        self.amount = amount

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance

acct = Account("ann", 100)
for amt in [30, -5, 200, 70]:
    try:
        left = acct.withdraw(amt)
    except InsufficientFunds as e:
        print("Insufficient:", e, e.amount - e.balance)
    except ValueError as e:
        print("ValueError:", e.args)
    else:
        print("ok, left", left)
    finally:
        print("-- done", amt)
print(repr(InsufficientFunds(1, 2)))
try:
    int("abc")
except (TypeError, ValueError) as err:
    print(type(err).__name__, err)
