import gc
from dataclasses import dataclass, field
from enum import Enum


class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"


@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    category: Category
    price: float
    qty: int = 0

    def __post_init__(self):
        self.sort_key = self.price * self.qty

    @property
    def value(self):
        return self.price * self.qty


gc.collect()
stock = [
    Item("hammer", Category.TOOL, 12.5, 4),
    Item("apple", Category.FOOD, 0.4, 120),
    Item("yo-yo", Category.TOY, 3.25, 10),
    Item("wrench", Category.TOOL, 9.99, 7),
]
for item in sorted(stock, reverse=True):
    print(f"{item.name:<8}{item.category.value:>6}{item.value:>10,.2f}")
by_cat = {}
for item in stock:
    by_cat.setdefault(item.category.name, []).append(item.name)
print(by_cat)
print("total:", f"{sum(i.value for i in stock):,.2f}")
print(stock[0])
print(Category("toy"), Category.FOOD in Category, len(Category))
print("collected:", gc.collect())
