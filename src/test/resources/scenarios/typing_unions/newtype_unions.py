# NewType ids joined with | : typing's __or__ and __ror__ on each side.
from typing import NewType, Optional

UserId = NewType("UserId", int)
OrderId = NewType("OrderId", int)

MaybeUser = UserId | None
AnyId = UserId | OrderId
Loose = str | UserId

print(MaybeUser)
print(AnyId)
print(Loose)
print(MaybeUser == Optional[UserId], AnyId.__args__)


def owner(order: OrderId, table: dict) -> UserId | None:
    return table.get(order)


orders = {OrderId(7): UserId(42)}
print(owner(OrderId(7), orders), owner(OrderId(8), orders))
print(owner.__annotations__)
