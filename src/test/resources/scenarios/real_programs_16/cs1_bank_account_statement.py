# CS1 exercise: a bank account with a transaction log, properties, and a printed statement.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available


class Account:
    interest_rate = 0.015
    _next_number = 1000

    def __init__(self, owner, opening=0.0):
        self.owner = owner
        self._balance = 0.0
        self.log = []
        self.number = Account._next_number
        Account._next_number += 1
        if opening:
            self.deposit(opening, "opening deposit")

    @property
    def balance(self):
        return round(self._balance, 2)

    def deposit(self, amount, memo="deposit"):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append((memo, amount))
        return self

    def withdraw(self, amount, memo="withdrawal"):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.log.append((memo, -amount))
        return self

    def add_interest(self):
        earned = self._balance * self.interest_rate
        self.deposit(earned, "interest")
        return earned

    def __repr__(self):
        return f"Account({self.owner!r}, #{self.number}, balance={self.balance:,.2f})"

    def statement(self):
        lines = [f"{'Statement for ' + self.owner:^40}", "-" * 40]
        running = 0.0
        for memo, amount in self.log:
            running += amount
            lines.append(f"{memo:<18}{amount:>+10.2f}{running:>12,.2f}")
        lines.append("-" * 40)
        lines.append(f"{'Closing balance':<18}{'':>10}{running:>12,.2f}")
        return "\n".join(lines)


alice = Account("Alice", 1500)
bob = Account("Bob")
alice.deposit(250.75).withdraw(99.99, "groceries").withdraw(1200, "rent")
bob.deposit(40)
try:
    bob.withdraw(100, "concert")
except InsufficientFunds as exc:
    print("Refused:", exc, "| short by", f"{exc.needed - exc.available:.2f}")
print(f"interest earned: {alice.add_interest():.4f}")
print(alice)
print(bob)
print(alice.statement())
try:
    bob.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
accounts = sorted([alice, bob], key=lambda a: a.balance, reverse=True)
print([a.owner for a in accounts], Account._next_number)
