# Assigning or deleting a field of a frozen dataclass raises FrozenInstanceError, an AttributeError.
import dataclasses
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

m = Money(10)
print(m)
for action in ("assign", "delete", "new"):
    try:
        if action == "assign":
            m.amount = 20
        elif action == "delete":
            del m.currency
        else:
            m.note = "x"
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e)
try:
    m.amount += 1
except AttributeError as e:
    print("augmented:", e, isinstance(e, dataclasses.FrozenInstanceError))
print(issubclass(FrozenInstanceError, AttributeError), FrozenInstanceError.__name__)
print(m, m.amount)
