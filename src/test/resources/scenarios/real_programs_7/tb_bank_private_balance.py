class BankAccount:
    """A textbook 'encapsulation' exercise: the balance is private, a property guards it."""
    interest_rate, __next_id = 0.02, 1000

    def __init__(self, owner, balance=0.0):
        self.owner, self.__balance = owner, balance
        self.__id, BankAccount.__next_id = BankAccount.__next_id, BankAccount.__next_id + 1

    def _get_balance(self):
        return self.__balance

    def _set_balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self.__balance = value

    balance = property(_get_balance, _set_balance, doc="the current balance")
    __str__ = lambda self: f"#{self.__id} {self.owner}: ${self.__balance:,.2f}"

    def add_interest(self):
        self.__balance *= 1 + self.interest_rate

acct = BankAccount("Ada", 1500)
acct.add_interest()
print(acct)
for attempt in (lambda: setattr(acct, "balance", -5), lambda: acct.__balance):
    try:
        print(attempt())
    except (ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(acct._BankAccount__balance, sorted(vars(acct)))
acct.__balance = 10
print(acct.balance, acct.__balance, sorted(vars(acct)))
print(BankAccount("Bo"), BankAccount._BankAccount__next_id, type(BankAccount.balance).__name__)
