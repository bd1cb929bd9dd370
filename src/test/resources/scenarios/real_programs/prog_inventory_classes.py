# inventory management: classes, dicts, sorting
class Item:
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
    def __lt__(self, other):
        return self.total() < other.total()

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
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]
    def report(self):
        for item in sorted(self.items.values(), reverse=True):
            print(f"{item.name:<10}{item.qty:>4} x {item.price:>6.2f} = {item.total():>8.2f}")
        print(f"{'TOTAL':<24}{sum(i.total() for i in self.items.values()):>10.2f}")

inv = Inventory()
inv.add(Item("pen", 1.5, 10))
inv.add(Item("book", 12.99, 3))
inv.add(Item("pen", 1.5, 5))
inv.add(Item("bag", 25.0, 1))
inv.report()
inv.remove("bag", 1)
try:
    inv.remove("book", 5)
except ValueError as e:
    print(e)
try:
    inv.remove("lamp", 1)
except KeyError as e:
    print("missing", e)
print(list(inv.items))
print(min(inv.items.values()), max(inv.items.values()))
