# Generic containers whose fields are annotated T | None.
from typing import Generic, List, TypeVar

T = TypeVar("T")


class Node(Generic[T]):
    def __init__(self, value: T, next: "Node[T] | None" = None):
        self.value = value
        self.next = next


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.top: Node[T] | None = None
        self.size = 0

    def push(self, value: T) -> None:
        self.top = Node(value, self.top)
        self.size += 1

    def pop(self) -> T | None:
        if self.top is None:
            return None
        node = self.top
        self.top = node.next
        self.size -= 1
        return node.value


print(T | None, None | T, Stack[int] | None)
s: Stack[str] = Stack()
for word in "one two three".split():
    s.push(word)
print(s.size, s.pop(), s.pop(), s.pop(), s.pop(), s.size)
pop = Stack.pop
print(pop.__annotations__, List[T] | None)
