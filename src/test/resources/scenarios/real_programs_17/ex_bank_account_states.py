# Exercism-style bank account with open/closed states and exact error messages, ending in an uncaught one.
class BankAccount:
    def __init__(self):
        self._balance = None

    def _require_open(self):
        if self._balance is None:
            raise ValueError("account not open")

    def get_balance(self):
        self._require_open()
        return self._balance

    def open(self):
        if self._balance is not None:
            raise ValueError("account already open")
        self._balance = 0

    def deposit(self, amount):
        self._require_open()
        if amount <= 0:
            raise ValueError("amount must be greater than 0")
        self._balance += amount

    def withdraw(self, amount):
        self._require_open()
        if amount <= 0:
            raise ValueError("amount must be greater than 0")
        if amount > self._balance:
            raise ValueError("amount must be less than balance")
        self._balance -= amount

    def close(self):
        self._require_open()
        self._balance = None


acct = BankAccount()
acct.open()
acct.deposit(100)
acct.withdraw(30)
print(acct.get_balance())
checks = [lambda: acct.withdraw(500), lambda: acct.deposit(-5), lambda: acct.open(), lambda: acct.withdraw(0)]
for check in checks:
    try:
        check()
    except ValueError as e:
        print("ValueError:", e)
acct.close()
for check in (acct.get_balance, acct.close, lambda: acct.deposit(10)):
    try:
        check()
    except ValueError as e:
        print("ValueError:", e)
acct.open()
print(acct.get_balance())
acct.close()
acct.withdraw(1)
