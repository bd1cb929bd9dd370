# A NewType over another NewType, and over a class of the program.
from typing import NewType


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"


Price = NewType("Price", Money)
Email = NewType("Email", str)
WorkEmail = NewType("WorkEmail", Email)

p = Price(Money(250))
print(p, type(p).__name__, p.cents)
w = WorkEmail(Email("ada@example.com"))
print(w, w.upper(), type(w))
print(WorkEmail.__supertype__, Email.__supertype__, Price.__supertype__)
print([Email(x) for x in ("a@b", "c@d")])
