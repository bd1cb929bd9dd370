# sys.getsizeof of str and tuple subclass instances.
import sys


class S(str):
    pass


class SS(str):
    __slots__ = ()


class T(tuple):
    pass


class TS(tuple):
    __slots__ = ()


for text in ("", "a", "hello", "x" * 40, "café"):
    print(repr(text), sys.getsizeof(text), sys.getsizeof(S(text)), sys.getsizeof(SS(text)))
for items in ((), (1,), (1, 2, 3), tuple(range(10))):
    print(items, sys.getsizeof(items), sys.getsizeof(T(items)), sys.getsizeof(TS(items)))
