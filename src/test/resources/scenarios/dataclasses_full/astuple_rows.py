# astuple() turns records into tuples of their fields, recursing like asdict().
import sys
from dataclasses import dataclass, field, astuple

@dataclass
class Item:
    sku: str
    qty: int
    price: float

@dataclass
class Order:
    number: int
    items: list = field(default_factory=list)
    notes: tuple = ()

o = Order(7, [Item("a", 2, 1.5), Item("b", 1, 4.0)], ("fragile",))
t = astuple(o)
print(t)
print(type(t[1]).__name__, type(t[1][0]).__name__, t[2] is o.notes, t[2] == o.notes)
print(sys.getsizeof(t), sys.getsizeof(t[1]), sys.getsizeof(astuple(o.items[0])))
rows = [astuple(i) for i in o.items]
print(sorted(rows, key=lambda r: r[2]))
print(sum(q * p for _, q, p in rows), sys.getrefcount(o.items))
try:
    astuple((1, 2))
except TypeError as e:
    print(e)
