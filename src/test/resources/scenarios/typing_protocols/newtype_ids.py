# NewType gives distinct names to ids for the type checker; at run time it returns its argument.
from typing import NewType

UserId = NewType("UserId", int)
OrderId = NewType("OrderId", int)

users: dict[UserId, str] = {}


def add_user(uid: UserId, name: str) -> None:
    users[uid] = name


add_user(UserId(1), "ada")
add_user(UserId(2), "linus")
oid = OrderId(1)
print(users)
print(oid, type(oid), oid == UserId(1))
print(UserId, OrderId)
print(UserId.__name__, UserId.__qualname__, UserId.__module__, UserId.__supertype__)
print(type(UserId).__name__, callable(UserId))
try:
    isinstance(3, UserId)
except TypeError as e:
    print("TypeError:", e)
try:
    UserId()
except TypeError as e:
    print("TypeError:", e)
