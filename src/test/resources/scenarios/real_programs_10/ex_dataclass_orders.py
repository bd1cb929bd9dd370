from dataclasses import dataclass, field, asdict, replace
from typing import List

@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 1

    def __post_init__(self):
        self.sort_key = self.price * self.qty

    @property
    def total(self):
        return self.price * self.qty

@dataclass
class Order:
    customer: str
    items: List[Item] = field(default_factory=list)
    discount: float = 0.0

    def add(self, *items):
        self.items.extend(items)
        return self

    def total(self):
        gross = sum(i.total for i in self.items)
        return round(gross * (1 - self.discount), 2)

o = Order("Ann").add(Item("pen", 1.5, 4), Item("book", 12.0), Item("bag", 30.0))
print(o)
print("total:", o.total())
print("sorted:", [i.name for i in sorted(o.items)])
print("max:", max(o.items).name)
o2 = replace(o, discount=0.1)
print("discounted:", o2.total(), "same items list:", o2.items is o.items)
print(asdict(Item("cup", 2.0, 3)))
print(Item("a", 1.0) == Item("a", 1.0), Item("a", 1.0) < Item("b", 2.0))
try:
    Order()
except TypeError as e:
    print("TypeError:", e)
e = Order("Eve")
e.items.append(Item("x", 1.0))
print(len(Order("Zed").items), len(e.items))
