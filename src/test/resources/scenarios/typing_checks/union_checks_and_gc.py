# Type checks with unions in a program that watches the collector: a union object is
# an ordinary object with a reference count, and checking against it makes nothing that lasts.
import gc
import sys

Scalar = int | float | str
Key = str | tuple


class Node:
    def __init__(self, value):
        self.value = value
        self.peers = []


def accepts(value) -> bool:
    return isinstance(value, Scalar) or isinstance(value, (Node, Key))


gc.collect()
before = gc.get_count()
checked = [accepts(v) for v in [1, 2.5, "s", (1, 2), None, [], Node(0)]]
print(checked, gc.get_count() == before)
print(Scalar, Scalar.__args__, sys.getrefcount(Scalar))
alias = Scalar
print(sys.getrefcount(Scalar), alias is Scalar, (int | float | str) == Scalar)
a, b = Node("a"), Node("b")
a.peers.append(b)
b.peers.append(a)
del a, b
print(gc.collect())
print(issubclass(Node, Key | Node), isinstance(Node, type | None))
