from dataclasses import dataclass, field, asdict, replace
from typing import List


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    category: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (self.category, -self.price)

    @property
    def value(self):
        return round(self.price * self.qty, 2)


stock = [
    Item("tools", "hammer", 12.5, 4, ["hand"]),
    Item("garden", "rake", 15.0, 2),
    Item("tools", "drill", 89.99, 1, ["power"]),
    Item("garden", "hose", 22.0, 0),
    Item("tools", "saw", 18.25, 3, ["hand"]),
]
for it in sorted(stock):
    print(f"{it.category:<7} {it.name:<7} {it.price:>6.2f} x{it.qty} = {it.value:>7.2f}")
print("total", sum(i.value for i in stock))
print([i.name for i in stock if not i.qty])
cheap = replace(stock[0], name="mallet", price=9.0)
print(cheap, cheap < stock[0], cheap.sort_key)
print(asdict(stock[2]))
print(stock[0] == Item("tools", "hammer", 12.5, 4), stock[0] == Item("tools", "hammer", 12.5, 4, ["x"]))
hand = [i.name for i in stock if "hand" in i.tags]
print(hand)
