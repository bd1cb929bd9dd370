# A table of sys.getsizeof for many kinds of object.
import sys
import array
from collections import deque


def gen():
    yield 1


class C:
    def m(self):
        pass


samples = [
    ("None", None), ("True", True), ("0", 0), ("1", 1), ("2**30", 2 ** 30),
    ("2**60", 2 ** 60), ("2**100", 2 ** 100), ("-1", -1), ("1.5", 1.5), ("1j", 1j),
    ("b''", b""), ("bytearray()", bytearray()), ("bytearray(10)", bytearray(10)),
    ("()", ()), ("(1,)", (1,)), ("range(10)", range(10)), ("deque()", deque()),
    ("array('i')", array.array("i")), ("array('d', [0]*4)", array.array("d", [0.0] * 4)),
    ("iter([])", iter([])), ("generator", gen()), ("lambda", lambda: 0),
    ("bound method", C().m), ("slice(1,2)", slice(1, 2)), ("memoryview", memoryview(b"ab")),
    ("frozenset()", frozenset()), ("{}.keys()", {}.keys()), ("enumerate", enumerate([])),
    ("zip()", zip()), ("map", map(abs, [])), ("property", property()),
    ("Ellipsis", ...), ("NotImplemented", NotImplemented), ("object()", object()),
]
for label, obj in samples:
    print(f"{label:18} {sys.getsizeof(obj)}")
print("default used for sizes:", sys.getsizeof(1, -1))
