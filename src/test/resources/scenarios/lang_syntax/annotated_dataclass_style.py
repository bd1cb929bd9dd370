# A typical typed tutorial class: annotated attributes, typed methods, a list of typed objects.
class Item:
    name: str
    price: float

    def __init__(self, name: str, price: float) -> None:
        self.name = name
        self.price = price

    def __repr__(self) -> str:
        return f"Item({self.name!r}, {self.price})"

def cheapest(items: list) -> Item:
    return min(items, key=lambda i: i.price)

stock: list = [Item("pen", 1.5), Item("cup", 4.0), Item("clip", 0.25)]
print(cheapest(stock))
print(sorted(stock, key=lambda i: -i.price))
