from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List

@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0

    @property
    def total(self) -> float:
        return self.price * self.quantity

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

@dataclass
class Inventory:
    owner: str
    items: List[Item] = field(default_factory=list)
    tags: set = field(default_factory=set, repr=False)

    def add(self, item):
        self.items.append(item)
        return self

    def value(self):
        return sum(i.total for i in self.items)

inv = Inventory("shop")
inv.add(Item("pen", 1.5, 10)).add(Item("book", 12.0, 2)).add(Item("bag", 20.0))
print(inv)
print(inv.value(), len(inv.items), inv.items[0] == Item("pen", 1.5, 10))
print(asdict(inv.items[1]), astuple(inv.items[2]))
print(replace(inv.items[0], quantity=3))
vs = [Version(1, 2), Version(1), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(Version(2, 0)) == hash(Version(2, 0)), Item.__dataclass_fields__["quantity"].default)
