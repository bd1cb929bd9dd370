class BankError(Exception):
    """Base class for bank errors."""

class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.shortfall = amount - balance

class AccountFrozen(BankError):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance

acct = Account("dana", 100)
for amount in (30, 80, 50):
    try:
        left = acct.withdraw(amount)
    except InsufficientFunds as e:
        print(f"refused {amount}: {e} (short by {e.shortfall})")
    else:
        print(f"withdrew {amount}, left {left}")
acct.frozen = True
try:
    acct.withdraw(1)
except BankError as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))
print(InsufficientFunds.__mro__[1].__name__, BankError.__doc__)
try:
    try:
        acct.withdraw(5)
    except AccountFrozen as e:
        raise RuntimeError("transaction failed") from e
except RuntimeError as e:
    print(e, "caused by", repr(e.__cause__))
