from typing import Iterator, TypeVar

T = TypeVar("T")


class Stack:
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise LookupError("stack is empty")
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items})"


s: "Stack[int]" = Stack()
for n in range(4):
    s.push(n * n)
print(s, len(s), list(s))
print(s.pop(), s.pop(), s)
print(Stack.__name__, isinstance(s, Stack))
print(list[int], dict[str, list[int]], tuple[int, ...])
try:
    Stack().pop()
except LookupError as e:
    print(type(e).__name__, e)
