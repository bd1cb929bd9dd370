class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
    def remove(self, name, qty):
        item = self.items[name]
        item.qty -= qty
        if item.qty <= 0:
            del self.items[name]
    def value(self):
        return sum(i.total() for i in self.items.values())
    def report(self):
        for name in sorted(self.items):
            i = self.items[name]
            print(f"{name:<10}{i.qty:>4}{i.total():>10.2f}")
inv = Inventory()
inv.add(Item("apple", 0.5, 100))
inv.add(Item("pear", 0.75, 40))
inv.add(Item("apple", 0.5, 20))
inv.remove("pear", 40)
inv.report()
print(inv.value())
try:
    inv.remove("kiwi", 1)
except KeyError as e:
    print("missing", e)
