# field(init=False): not a parameter; a default stays the class attribute, a factory runs in __init__.
import sys
from dataclasses import dataclass, field

@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list, init=False)
    status: str = field(default="open", init=False)
    limit: int = field(init=False, repr=False, compare=False)

    def deposit(self, n):
        self.balance += n
        self.history.append(n)

a = Account("ann")
a.deposit(5)
a.deposit(7)
print(a, a.status, "status" in vars(a), Account.status)
try:
    print(a.limit)
except AttributeError as e:
    print(e)
a.limit = 100
print(a.limit, vars(a))
try:
    Account("bob", 1, [])
except TypeError as e:
    print(e)
b = Account("bob")
print(b.history is a.history, sys.getrefcount(a.history), Account("x") == Account("x"))
