import sys
from typing import List, Dict, Tuple, Optional, Union, Callable, TypeVar, Generic
T = TypeVar('T')
K = TypeVar('K')
class Node: pass
class Stack(Generic[T]):
    def __init__(self):
        self.items = []
print(sys.getrefcount(Node), sys.getrefcount(T))
Pair = List[T]
print(sys.getrefcount(Pair), sys.getrefcount(T))
a = Pair[Node]
print(a, a.__args__, a.__origin__, a.__parameters__, sys.getrefcount(Node), sys.getrefcount(Pair))
print(Pair[Node] is a, Pair[(Node,)] is a, Pair[Node] == List[Node], a is List[Node])
print(sys.getrefcount(Node), sys.getrefcount(Pair), sys.getrefcount(a))
m = Dict[str, List[T]]
print(m, m.__parameters__, m[Node], m[Node].__args__, m[Node].__parameters__)
print(sys.getrefcount(Node), sys.getrefcount(m))
print(Tuple[T, ...][int], Tuple[T, ...][int].__args__, Tuple[T, K][int, str])
o = Optional[T]
print(o[int], o[int] is Optional[int], Union[T, int][str], Union[T, int][int])
c = Callable[[T], K]
print(c[int, str], c[int, str].__args__, Callable[..., T][Node])
s = Stack[List[T]]
print(s, s.__parameters__, s[Node], s[Node].__args__, s[Node].__origin__, s[Node].__parameters__)
print(s[Node] is s[Node], s[Node] == Stack[List[Node]])
inst = s[Node]()
print(type(inst).__name__, inst.__orig_class__)
print(Stack[Dict[K, T]][str, Node], Stack[Tuple[T, ...]][int])
print(sys.getrefcount(Node), sys.getrefcount(s), sys.getrefcount(T))
for bad in [lambda: List[int][str], lambda: Pair[int, str], lambda: Generic[T][int], lambda: s[int, str], lambda: Dict[K, T][int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(List[T][None], List[T]["Node"], List[T][...])
