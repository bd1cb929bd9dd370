from collections import defaultdict

class Item:
    def __init__(self, sku, name, qty, price):
        self.sku, self.name, self.qty, self.price = sku, name, qty, price

    @property
    def value(self):
        return self.qty * self.price

    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"

class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        self.items[item.sku] = item

    def sell(self, sku, n):
        item = self.items[sku]
        if n > item.qty:
            print(f"cannot sell {n} {item.name}: only {item.qty}")
            return False
        item.qty -= n
        return True

    def low_stock(self, limit=5):
        return sorted((i for i in self.items.values() if i.qty < limit), key=lambda i: i.qty)

    def total(self):
        return sum(i.value for i in self.items.values())

inv = Inventory()
for row in [("A1", "bolt", 120, 0.05), ("B2", "nut", 8, 0.04), ("C3", "gear", 3, 2.5), ("D4", "belt", 12, 7.25)]:
    inv.add(Item(*row))
inv.sell("B2", 5)
inv.sell("C3", 10)
inv.sell("D4", 9)
print(inv.low_stock())
print(f"total value: ${inv.total():,.2f}")
by_first = defaultdict(list)
for item in inv.items.values():
    by_first[item.name[0]].append(item.name)
print(dict(by_first))
try:
    inv.sell("Z9", 1)
except KeyError as e:
    print("unknown sku", e)
