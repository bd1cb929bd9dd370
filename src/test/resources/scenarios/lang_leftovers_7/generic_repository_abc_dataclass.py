# A generic repository over ABC, a generic dataclass page and an event hub with Callable[[T], None]: MRO with abc.ABC and typing.Generic, abstract errors, __orig_class__ on a dataclass
import sys
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Generic, TypeVar, List, Dict, Optional, Callable

T = TypeVar("T")
ID = TypeVar("ID", int, str)
N = TypeVar("N", bound=float)

class Repository(ABC, Generic[T]):
    @abstractmethod
    def add(self, item: T) -> None: ...
    @abstractmethod
    def all(self) -> List[T]: ...

class MemoryRepo(Repository[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
    def add(self, item: T) -> None:
        self._items.append(item)
    def all(self) -> List[T]:
        return list(self._items)

@dataclass
class User:
    name: str
    age: int

@dataclass
class Page(Generic[T]):
    items: List[T] = field(default_factory=list)
    number: int = 1

repo = MemoryRepo[User]()
repo.add(User("ann", 31))
repo.add(User("bob", 25))
print(repo.all())
print(MemoryRepo.__mro__)
print(MemoryRepo.__parameters__, Repository.__parameters__)
try:
    Repository[int]()
except TypeError as e:
    print(e)
p = Page[int]([1, 2, 3])
print(p, p.__orig_class__, p == Page([1, 2, 3]))
print(sys.getrefcount(Page), sys.getrefcount(T))
class Event(Generic[T]):
    def __init__(self) -> None:
        self.handlers: List[Callable[[T], None]] = []
    def subscribe(self, h: Callable[[T], None]) -> None:
        self.handlers.append(h)
    def emit(self, value: T) -> None:
        for h in self.handlers:
            h(value)
e = Event[str]()
e.subscribe(lambda s: print("got", s))
e.emit("hello")
print(ID, N, sys.getrefcount(ID))
class Num(Generic[N]):
    def __init__(self, v: N): self.v = v
print(Num[float](2.5).v, Num.__parameters__)
