# An everyday inventory: items with defaults, a default_factory list, computed totals and sorting.
import gc
import sys
from dataclasses import dataclass, field, asdict

@dataclass(order=True)
class InventoryItem:
    sort_index: float = field(init=False, repr=False)
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.unit_price * self.quantity_on_hand

    def total_cost(self):
        return self.unit_price * self.quantity_on_hand

stock = [
    InventoryItem("widget", 3.0, 10),
    InventoryItem("gadget", 12.5, 2, ["new"]),
    InventoryItem("doohickey", 0.5, 100),
]
for item in sorted(stock):
    print(item, item.total_cost())
print(sum(i.total_cost() for i in stock), max(stock).name)
stock[0].tags.append("sale")
print(asdict(stock[0]))
print(sys.getsizeof(stock[0]), sys.getrefcount(stock[1].tags), gc.is_tracked(stock[2]))
by_name = {i.name: i for i in stock}
print(sys.getrefcount(stock[0]))
del stock
print(len(by_name), gc.collect())
