from dataclasses import dataclass, field, asdict
from operator import attrgetter

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    @property
    def total(self):
        return self.price * self.qty


@dataclass
class Order:
    customer: str
    items: list = field(default_factory=list)
    tags: set = field(default_factory=set)
    number: int = field(default=0, compare=False)

    def add(self, name, price, qty=1):
        self.items.append(Item(name, price, qty))
        return self

    @property
    def total(self):
        return round(sum(i.total for i in self.items), 2)


o1 = Order("ana").add("pen", 1.5, 4).add("notebook", 3.25)
o2 = Order("ben", number=7)
o2.add("stapler", 12.0)
o2.tags.add("rush")
o3 = Order("ana").add("pen", 1.5, 4).add("notebook", 3.25)
print(o1)
print(o2)
print(o1 == o3, o1 is o3, o1.items is o3.items)
print(Order("x").items is Order("y").items)
for order in sorted([o1, o2], key=attrgetter("total"), reverse=True):
    print(f"{order.customer:<5} {order.total:>7.2f} {len(order.items)} items")
print(asdict(o2))
cheapest = min((i for o in (o1, o2) for i in o.items), key=attrgetter("price"))
print("cheapest:", cheapest)
try:
    Item("broken")
except TypeError as e:
    print("TypeError:", e)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

versions = [Version(1, 10), Version(1, 2, 3), Version(0, 9, 9), Version(1, 2)]
print(" < ".join(str(v) for v in sorted(versions)))
print(max(versions), Version(2) > Version(1, 99))
