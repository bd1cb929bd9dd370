from typing import NamedTuple, Optional
from dataclasses import dataclass, field

class Item(NamedTuple):
    sku: str
    price: float
    qty: int = 1

    @property
    def total(self) -> float:
        return round(self.price * self.qty, 2)

@dataclass(order=True)
class Order:
    priority: int
    code: str = field(compare=False)
    items: list = field(default_factory=list, compare=False, repr=False)
    note: Optional[str] = field(default=None, compare=False)

    def value(self):
        return sum(i.total for i in self.items)

o1 = Order(2, "A1", [Item("pen", 1.5, 4), Item("pad", 3.25)])
o2 = Order(1, "B7", [Item("ink", 7.0, 2)], note="rush")
o3 = Order(2, "C3")
for o in sorted([o1, o2, o3]):
    print(o, f"value={o.value():.2f}")
print(o1 == o3, o1 < o2, Item("x", 2.0)._replace(qty=5), Item._fields)
sku, price, qty = o1.items[0]
print(sku, price, qty, o1.items[0]._asdict())
