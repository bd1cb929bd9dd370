from dataclasses import dataclass, field
from typing import List

@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = self.price * self.qty

stock = [
    Item("bolt", 0.10, 500, ["hardware"]),
    Item("hammer", 12.50, 8, ["tools"]),
    Item("saw", 22.00, 3, ["tools", "sharp"]),
    Item("glue", 3.25, 40),
]
for item in sorted(stock, reverse=True):
    print(f"{item.name:<8}{item.price:>7.2f}{item.qty:>5}{item.sort_key:>9.2f}  {','.join(item.tags) or '-'}")
print(max(stock).name, min(stock).name)
tools = [i.name for i in stock if "tools" in i.tags]
print("tools:", tools)
print(stock[3])
print(Item("x", 1.0) == Item("x", 1.0), Item("x", 1.0, 1) < Item("y", 2.0, 1))
