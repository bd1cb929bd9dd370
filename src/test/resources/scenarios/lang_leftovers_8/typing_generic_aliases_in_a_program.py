# Generic type aliases specialised for a small inventory program, as a textbook shows them.
import sys
from typing import Callable, Dict, Generic, List, Optional, Tuple, TypeVar

T = TypeVar("T")
K = TypeVar("K")

Matrix = List[List[T]]
Registry = Dict[str, Callable[[T], T]]
Maybe = Optional[T]
Row = Tuple[T, ...]


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item

    def __repr__(self):
        return f"Box({self.item!r})"


class Item:
    def __init__(self, name, qty):
        self.name, self.qty = name, qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.qty})"


IntMatrix = Matrix[int]
ItemRegistry = Registry[Item]
BoxOfRows = Box[Row[T]]


def total(grid: IntMatrix) -> int:
    return sum(sum(row) for row in grid)


def restock(item: Item) -> Item:
    item.qty += 10
    return item


def find(items: List[Item], name: str) -> Maybe[Item]:
    for it in items:
        if it.name == name:
            return it
    return None


handlers: ItemRegistry = {"restock": restock}
items = [Item("bolt", 3), Item("nut", 0)]
print(total([[1, 2], [3, 4]]), IntMatrix)
print(handlers["restock"](items[0]), ItemRegistry)
print(find(items, "nut"), Maybe[Item])
print(Maybe[Item] is Optional[Item], Maybe[Item] == Optional[Item])
boxed = BoxOfRows[int]((1, 2, 3))
print(boxed, boxed.__orig_class__, boxed.__orig_class__.__args__)
print(BoxOfRows.__parameters__, BoxOfRows[int].__parameters__, BoxOfRows[int] is BoxOfRows[int])
print(sys.getrefcount(Item), sys.getrefcount(BoxOfRows), sys.getrefcount(T))
print(Matrix.__parameters__, IntMatrix.__args__, IntMatrix.__args__[0].__args__)
print(Registry[int].__args__[1].__args__, Registry[int].__origin__)
