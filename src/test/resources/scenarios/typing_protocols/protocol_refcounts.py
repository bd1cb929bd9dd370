# References to protocol classes and sizes of their instances, as CPython counts them.
import sys
from typing import Protocol, runtime_checkable


class Sized2(Protocol):
    def size(self) -> int: ...


@runtime_checkable
class Named(Protocol):
    def name(self) -> str: ...


class File(Named):
    def __init__(self, n):
        self.n = n

    def name(self):
        return self.n


class Dir:
    def name(self):
        return "dir"


print(sys.getrefcount(Sized2), sys.getrefcount(Named), sys.getrefcount(File), sys.getrefcount(Dir))
f = File("a.txt")
print(sys.getsizeof(f), sys.getsizeof(Dir()), sys.getrefcount(f))
checks = [isinstance(x, Named) for x in (f, Dir(), 1)]
print(checks, sys.getrefcount(f))
print(sys.getrefcount(Named), sys.getrefcount(File))
