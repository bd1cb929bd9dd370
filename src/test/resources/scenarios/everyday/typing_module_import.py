# import typing: the forms are attributes of the module; aliases made through it are cached alike.
import sys
import typing

class Item:
    pass

def pick(items: typing.List[Item], key: typing.Callable[[Item], int]) -> typing.Optional[Item]:
    return max(items, key=key) if items else None

items = [Item(), Item()]
print(pick(items, id) is max(items, key=id), pick([], id))
print(typing.List[Item] is typing.List[Item], sys.getrefcount(Item))
Vector = typing.List[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]
print(scale([1.0, 2.0], 2), Vector, sys.getrefcount(Vector))
