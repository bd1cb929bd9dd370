# defaults= fills the rightmost fields; _field_defaults maps them.
from collections import namedtuple
Account = namedtuple("Account", "owner balance currency", defaults=[0, "EUR"])
print(Account("ann"))
print(Account("bob", 10))
print(Account("cy", currency="USD"))
print(Account._field_defaults)
