class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku


class Item:
    def __init__(self, sku, price, qty=0):
        self.sku = sku
        self.price = price
        self.qty = qty

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError("price cannot be negative")
        self._price = round(value, 2)

    @property
    def value(self):
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        self._items[item.sku] = item

    def take(self, sku, n):
        item = self._items[sku]
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        return item.price * n

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def report(self):
        for item in sorted(self._items.values(), key=lambda i: -i.value):
            print(f"{item.sku:<6}{item.qty:>4} x {item.price:>7.2f} = {item.value:>8.2f}")
        print(f"{'total':<6}{sum(i.value for i in self._items.values()):>24.2f}")


inv = Inventory()
inv.add(Item("A100", 2.5, 40))
inv.add(Item("B200", 19.999, 3))
inv.add(Item("C300", 7, 0))
inv.report()
print(inv.take("A100", 10))
for sku, n in [("B200", 5), ("Z999", 1)]:
    try:
        inv.take(sku, n)
    except OutOfStock as e:
        print("out of stock:", e, e.sku)
    except KeyError as e:
        print("unknown sku:", e)
try:
    Item("D400", -1)
except ValueError as e:
    print(e)
print(len(inv), "C300" in inv, "Q" in inv)
inv.report()
