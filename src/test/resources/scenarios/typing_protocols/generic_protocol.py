# A generic protocol with a type variable.
from typing import Protocol, TypeVar, Iterator

T = TypeVar("T")


class Container(Protocol[T]):
    def get(self) -> T: ...


class Box:
    def __init__(self, item):
        self.item = item

    def get(self):
        return self.item


def unpack(c: Container[int]) -> int:
    return c.get() + 1


print(unpack(Box(41)))
print(Container.__parameters__)
print(Container[int])
print(Container.__mro__)


class Stack(Container[T]):
    def __init__(self):
        self.items = []

    def get(self):
        return self.items[-1]


s = Stack()
s.items.append("top")
print(s.get(), Stack.__parameters__, Stack._is_protocol)
