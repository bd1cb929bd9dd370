# A bounded generic queue whose constructor validates its argument: the ValueError raised inside __init__, reached through Queue[int](...), ends the program
from collections import deque
from typing import Deque, Generic, Optional, TypeVar

T = TypeVar("T")


class BoundedQueue(Generic[T]):
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self._items: Deque[T] = deque()

    def put(self, item: T) -> bool:
        if len(self._items) >= self.capacity:
            return False
        self._items.append(item)
        return True

    def get(self) -> Optional[T]:
        return self._items.popleft() if self._items else None


q = BoundedQueue[str](2)
print([q.put(w) for w in ("a", "b", "c")])
print(q.get(), q.get(), q.get())
print(q.__orig_class__, sorted(vars(q)))
broken = BoundedQueue[int](0)
print("not reached")
