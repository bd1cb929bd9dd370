# __orig_class__ is set with an ordinary assignment after __init__: a class's __setattr__ sees it, a __slots__ class drops the AttributeError, a frozen-style guard too
import sys
from typing import Generic, TypeVar

T = TypeVar("T")


class Logged(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


class Slim(Generic[T]):
    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value


class ReadOnly(Generic[T]):
    def __init__(self, value: T) -> None:
        object.__setattr__(self, "value", value)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")


a = Logged[int](5)
print(a.__dict__)
b = Slim[str]("x")
print(b.value, hasattr(b, "__orig_class__"), sys.getrefcount(Slim[str]))
c = ReadOnly[float](1.5)
print(c.value, c.__dict__)
try:
    c.value = 2.0
except AttributeError as e:
    print("refused:", e)
print(sys.getrefcount(Logged[int]), sys.getrefcount(ReadOnly[float]))
