# What Generic puts on a class: __orig_bases__ (the bases as written), __parameters__ (Generic[...]'s own tuple), __bases__ and __mro__ with typing.Generic
import sys
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)


print(Pair.__orig_bases__)
print(Pair.__parameters__)
print(Pair.__parameters__ is Pair.__orig_bases__[0].__parameters__)
print(Pair.__bases__)
print(Pair.__mro__)
print(Pair.__orig_bases__[0].__origin__, Pair.__orig_bases__[0].__args__)
print("K", sys.getrefcount(K), "V", sys.getrefcount(V))
print("in dict", "__parameters__" in Pair.__dict__, "__orig_bases__" in Pair.__dict__)
p = Pair[str, int]("age", 42)
q = p.swap()
print(p.key, p.value, q.key, q.value)
print(p.__orig_class__, p.__orig_class__.__args__, p.__orig_class__.__parameters__)
print(hasattr(q, "__orig_class__"))
print(Pair[str, int] == p.__orig_class__, Pair[str, int] is p.__orig_class__)
print(Pair[int, str] == Pair[str, int])
print(type(Pair[str, int]).__name__, Pair[str, int].__name__, Pair[str, int].__module__)
print("K", sys.getrefcount(K), "Pair", sys.getrefcount(Pair))
