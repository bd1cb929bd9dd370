class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.short = needed - available

class AccountFrozen(BankError):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance, self.frozen = owner, balance, False

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return amount

acct = Account("zoe", 50)
for amount in (20, 40, 10):
    try:
        acct.withdraw(amount)
    except InsufficientFunds as e:
        print("short by", e.short, "-", e)
    else:
        print("ok", amount, "left", acct.balance)
    finally:
        print("checked", amount)
acct.frozen = True
try:
    acct.withdraw(1)
except BankError as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))
try:
    try:
        acct.withdraw(5)
    except AccountFrozen as e:
        raise RuntimeError("transfer failed") from e
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__), e.__suppress_context__)
print(InsufficientFunds.__mro__[1:3])
