# Subclassing generics: IntStack(Stack[int]) has no parameters, Box(Stack[T]) keeps T, a plain subclass, and CPython's errors for subscripting them
import sys
from typing import Generic, List, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)


class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self.items)


class TypedStack(Stack[T]):
    def top(self) -> T:
        return self.items[-1]


class PlainStack(Stack):
    pass


s = IntStack()
for v in (4, 5, 6):
    s.push(v)
print(s.total(), s.__dict__)
print(IntStack.__parameters__, IntStack.__orig_bases__, IntStack.__bases__)
print(IntStack.__mro__)
print(TypedStack.__parameters__, TypedStack.__orig_bases__)
print(PlainStack.__parameters__, "__orig_bases__" in PlainStack.__dict__)
t = TypedStack[str]()
t.push("a")
t.push("b")
print(t.top(), t.__orig_class__)
for bad, attempt in (("IntStack[int]", lambda: IntStack[int]), ("PlainStack[int]", lambda: PlainStack[int]),
                     ("Stack[int, str]", lambda: Stack[int, str])):
    try:
        attempt()
    except TypeError as e:
        print(bad, "->", e)
print("Stack", sys.getrefcount(Stack), "IntStack", sys.getrefcount(IntStack), "T", sys.getrefcount(T))
print(isinstance(s, Stack), issubclass(TypedStack, Stack), isinstance(t, IntStack))
