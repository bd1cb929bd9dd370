# Modern typed code: dataclasses with factories, frozen, order and slots.
from dataclasses import dataclass, field, asdict, replace, fields
from typing import Optional

@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.price * self.qty

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

@dataclass(slots=True)
class Point:
    x: float
    y: float

@dataclass
class Warehouse:
    name: str
    items: dict[str, Item] = field(default_factory=dict)
    manager: Optional[str] = None
    log: list[str] = field(default_factory=list, repr=False)

    def add(self, item: Item) -> None:
        self.items[item.name] = item
        self.log.append(f"add {item.name}")

w = Warehouse("North")
w.add(Item("bolt", 0.25, 400, ["metal"]))
w.add(Item("nut", 0.1, 1000))
w.add(Item("gear", 4.5, 12, ["metal", "heavy"]))
print(w)
print([f.name for f in fields(Item)])
print(asdict(w.items["gear"]))
print(round(sum(i.total for i in w.items.values()), 2))
a, b = Item("a", 1), Item("a", 1)
print(a == b, a.tags is b.tags)
versions = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(versions))
print(max(versions), str(min(versions)))
v = Version(2)
try:
    v.major = 3
except Exception as e:
    print(type(e).__name__, e)
print(replace(v, minor=1), hash(v) == hash(Version(2, 0, 0)))
p = Point(1.5, 2.0)
print(p, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(w.log)
