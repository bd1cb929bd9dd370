# A textbook generic Stack[T]: Stack[int]() sets __orig_class__ in the instance dict, the alias is cached, refcounts of T, the class and the alias
import sys
from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


print("T refs", sys.getrefcount(T))
print("Stack refs", sys.getrefcount(Stack))
ints = Stack[int]()
for n in range(5):
    ints.push(n * n)
print(ints, len(ints), ints.peek())
print(ints.pop(), ints.pop(), len(ints))
print("dict", ints.__dict__)
print("orig class", ints.__orig_class__, type(ints).__name__)
alias = Stack[int]
print(alias is ints.__orig_class__, sys.getrefcount(alias))
print("Stack refs", sys.getrefcount(Stack))
plain = Stack()
print("plain dict", plain.__dict__, hasattr(plain, "__orig_class__"))
print("Stack refs", sys.getrefcount(Stack))
words = Stack[str]()
words.push("memory")
print(words.peek(), sys.getrefcount(Stack), sys.getrefcount(T))
del ints
print("alias refs after del", sys.getrefcount(alias))
