class OutOfStock(Exception):
    pass

class Item:
    def __init__(self, sku, name, qty, price, reorder_at=5):
        self.sku, self.name, self.qty, self.price, self.reorder_at = sku, name, qty, price, reorder_at

    @property
    def value(self):
        return self.qty * self.price

    def __repr__(self):
        return f"Item({self.sku}, {self.name!r}, qty={self.qty})"

class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        self.items[item.sku] = item

    def sell(self, sku, n):
        item = self.items[sku]
        if item.qty < n:
            raise OutOfStock(f"{item.name}: want {n}, have {item.qty}")
        item.qty -= n

    def low(self):
        return sorted((i for i in self.items.values() if i.qty <= i.reorder_at), key=lambda i: i.qty)

    def report(self):
        for item in sorted(self.items.values(), key=lambda i: -i.value):
            print(f"{item.sku:<5}{item.name:<10}{item.qty:>4}{item.price:>8.2f}{item.value:>9.2f}")
        print(f"{'total':<27}{sum(i.value for i in self.items.values()):>9.2f}")

inv = Inventory()
inv.add(Item("A1", "bolt", 100, 0.25))
inv.add(Item("B2", "nut", 8, 0.10, reorder_at=10))
inv.add(Item("C3", "gear", 12, 4.50))
for sku, n in (("A1", 30), ("C3", 9), ("B2", 9), ("Z9", 1)):
    try:
        inv.sell(sku, n)
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown sku:", e)
inv.report()
print("reorder:", inv.low())
