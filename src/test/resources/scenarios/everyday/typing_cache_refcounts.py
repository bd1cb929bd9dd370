# typing caches each alias: the same subscription gives the same object, and a class named in it
# gains the references of the alias's __args__ and of the cache's key (three for Optional).
import gc
import sys
from typing import Callable, Dict, List, Optional, Tuple, Union

class Node:
    pass

base = sys.getrefcount(Node)
a = List[Node]
print(sys.getrefcount(Node) - base, a is List[Node], sys.getrefcount(a))
b = Optional[Node]
print(sys.getrefcount(Node) - base, b is Optional[Node], b is Union[Node, None], sys.getrefcount(b))
c = Dict[str, Node]
d = Tuple[Node, Node]
e = Callable[[Node], Node]
print(sys.getrefcount(Node) - base, sys.getrefcount(c), sys.getrefcount(d), sys.getrefcount(e))
f = List["Node"]
print(sys.getrefcount(Node) - base, f.__args__)
del a, b, c, d, e, f
print(gc.collect(), sys.getrefcount(Node) - base)
print(sys.getsizeof(List[int]), gc.is_tracked(List[int]))
