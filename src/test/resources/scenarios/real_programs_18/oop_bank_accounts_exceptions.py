# CS1 bank lab: accounts, a custom exception hierarchy and a transfer that rolls back.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance

class AccountFrozen(BankError):
    pass

class Account:
    _next = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.number = Account._next
        Account._next += 1

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        self.balance += amount

def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)
        raise

a, b, c = Account("ana", 100), Account("ben", 20), Account("cy")
c.frozen = True
for src, dst, amt in [(a, b, 30), (b, a, 80), (a, c, 10), (a, b, -5), (c, a, 1)]:
    try:
        transfer(src, dst, amt)
        print(f"moved {amt} {src.owner}->{dst.owner}")
    except InsufficientFunds as e:
        print("insufficient:", e, f"short by {e.shortfall:.2f}")
    except BankError as e:
        print(type(e).__name__ + ":", e)
    except ValueError as e:
        print("bad amount:", e)
    finally:
        print(f"  balances: {a.balance:.2f} {b.balance:.2f} {c.balance:.2f}")
print([acct.number for acct in (a, b, c)], InsufficientFunds.__mro__[1].__name__)
print(isinstance(InsufficientFunds(a, 1e6), Exception), issubclass(AccountFrozen, BankError))
