# Calling Box[T](...) goes through the alias's __call__(*args, **kwargs): inside __init__ the argument has the same count as a direct call, and the instance dict keeps the alias
import sys
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T, label: str = "box") -> None:
        print("  in __init__:", sys.getrefcount(item), sys.getrefcount(self))
        self.item = item
        self.label = label

    def __repr__(self) -> str:
        return f"Box({self.item!r}, {self.label!r})"


payload = [1, 2, 3]
print("direct")
d = Box(payload)
print("through the alias")
a = Box[list](payload)
print("keyword through the alias")
k = Box[list](payload, label="kw")
print(d, a, k)
print("payload refs", sys.getrefcount(payload))
print("alias refs", sys.getrefcount(Box[list]))
del a, k
print("payload refs", sys.getrefcount(payload), "alias refs", sys.getrefcount(Box[list]))
