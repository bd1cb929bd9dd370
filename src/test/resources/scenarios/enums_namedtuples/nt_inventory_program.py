import sys
from typing import NamedTuple


class Item(NamedTuple):
    sku: str
    name: str
    price: float
    qty: int = 0

    @property
    def value(self):
        return self.price * self.qty

    def restock(self, n):
        return self._replace(qty=self.qty + n)


stock = {}
for row in [("A1", "pen", 1.5, 10), ("B2", "pad", 3.0), ("C3", "ink", 7.25, 2)]:
    item = Item(*row)
    stock[item.sku] = item
print(len(stock), sys.getrefcount(stock["A1"]))
stock["B2"] = stock["B2"].restock(5)
print(stock["B2"], stock["B2"].value)
total = sum(i.value for i in stock.values())
print(f"total {total:.2f}")
cheap = [i.name for i in stock.values() if i.price < 5]
print(cheap, sorted(stock.values(), key=lambda i: i.value)[-1].name)
print(stock["C3"]._asdict())
as_rows = [tuple(i) for i in stock.values()]
print(as_rows)
print(Item._make(as_rows[0]) == stock["A1"], sys.getrefcount(Item))
del stock
print(sys.getrefcount(Item))
