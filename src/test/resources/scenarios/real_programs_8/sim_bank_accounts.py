class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next_number = 1000
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def __repr__(self):
        return f"<Account #{self.number} {self.owner}: {self._balance:.2f}>"

class SavingsAccount(Account):
    interest_rate = 0.05

    def add_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self.deposit(gained)
        return gained

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, initial=0):
        acct = cls(owner, initial)
        self.accounts[acct.number] = acct
        return acct

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        for number in sorted(self.accounts):
            print(" ", self.accounts[number])

bank = Bank("Lab Bank")
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 250)
alice.deposit(50)
bob.transfer(alice, 75)
print("interest:", bob.add_interest())
for amount in (500, -5):
    try:
        if amount > 0:
            alice.withdraw(amount)
        else:
            alice.deposit(amount)
    except InsufficientFunds as e:
        print("refused:", e, e.needed - e.available)
    except ValueError as e:
        print("invalid:", e)
bank.report()
print(f"total {bank.total():.2f}", alice.history, len(bob.history))
print(SavingsAccount.interest_rate, Account.interest_rate, bob.interest_rate)
