# Annotations with typing: evaluated when the def runs (parameters, return) and in module and
# class bodies; inside a function a variable annotation is not evaluated.
import gc
import sys
from typing import Dict, Iterator, List, Optional

class Node:
    value: int
    next: Optional["Node"]

    def __init__(self, value: int, next: Optional["Node"] = None) -> None:
        self.value = value
        self.next = next

def build(values: List[int]) -> Optional[Node]:
    head: Optional[Node] = None
    for v in reversed(values):
        head = Node(v, head)
    return head

def walk(head: Optional[Node]) -> Iterator[int]:
    while head is not None:
        yield head.value
        head = head.next

def count(words: List[str]) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

scores: Dict[str, List[int]] = {"ann": [1, 2]}
names: List[str] = []
limit: int = 5
head = build([1, 2, 3])
print(list(walk(head)), count(["a", "b", "a"]))
print(__annotations__)
print(sys.getrefcount(Node), sys.getrefcount(head), sys.getsizeof(head))
del head
print(gc.collect())
