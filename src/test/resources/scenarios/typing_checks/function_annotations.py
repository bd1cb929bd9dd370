# A function's __annotations__: a dict made on its first read, then the same object each time.
import sys
from typing import Optional
def area(width: float, height: float = 1.0, *rest: int, unit: str = "m", **extra: "Any") -> float:
    return width * height
def plain(a, b):
    return a + b
def nested():
    def inner(x: int) -> str:
        return str(x)
    return inner
print(area.__annotations__)
print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
a = area.__annotations__
print(sys.getrefcount(a), len(a), list(a))
area.__annotations__["width"] = int
print(area.__annotations__["width"])
f = nested()
def check(fn) -> dict:
    return {}
print(check(area), check(plain))
def opt(node: Optional["Node"] = None) -> None: pass
print(opt.__annotations__)
