# CPython's TypeErrors around Generic: plain Generic as a base, non-TypeVar and repeated parameters, variables missing from Generic[...], two Generic[...] bases
from typing import Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class Base(Generic[T]):
    pass


def plain():
    class A(Generic):
        pass


def missing():
    class B(Base[U], Generic[T]):
        pass


def twice():
    class C(Generic[T], Generic[U]):
        pass


attempts = [
    ("plain", plain),
    ("int parameter", lambda: Generic[int]),
    ("repeated", lambda: Generic[T, T]),
    ("empty", lambda: Generic[()]),
    ("missing", missing),
    ("twice", twice),
    ("too many", lambda: Base[int, str]),
    ("too few", lambda: Base[()]),
]
for what, attempt in attempts:
    try:
        attempt()
        print(what, "ok")
    except TypeError as e:
        print(what, "->", e)
print(Base[str])
