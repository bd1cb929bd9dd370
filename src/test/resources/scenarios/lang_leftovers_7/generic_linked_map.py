# A generic linked map Node[K, V] built through aliases inside methods: every node's dict holds the cached alias, whose refcount grows with each node
import sys
from typing import Generic, Iterator, Optional, Tuple, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Node(Generic[K, V]):
    def __init__(self, key: K, value: V, nxt: "Optional[Node[K, V]]" = None) -> None:
        self.key = key
        self.value = value
        self.next = nxt


class LinkedMap(Generic[K, V]):
    def __init__(self) -> None:
        self.head: Optional[Node[K, V]] = None
        self.size = 0

    def put(self, key: K, value: V) -> None:
        n = self.head
        while n is not None:
            if n.key == key:
                n.value = value
                return
            n = n.next
        self.head = Node[K, V](key, value, self.head)
        self.size += 1

    def get(self, key: K) -> Optional[V]:
        n = self.head
        while n is not None:
            if n.key == key:
                return n.value
            n = n.next
        return None

    def items(self) -> Iterator[Tuple[K, V]]:
        n = self.head
        while n is not None:
            yield n.key, n.value
            n = n.next


m = LinkedMap[str, int]()
alias = Node[K, V]
print("alias refs", sys.getrefcount(alias))
for word in "the cat saw the dog".split():
    m.put(word, (m.get(word) or 0) + 1)
print(list(m.items()), m.size)
print("alias refs", sys.getrefcount(alias), alias)
print(list(m.head.__dict__), m.head.next.key)
print(m.head.__orig_class__ is alias, m.__orig_class__)
m.head = None
print("alias refs", sys.getrefcount(alias))
print("K", sys.getrefcount(K), "V", sys.getrefcount(V))
