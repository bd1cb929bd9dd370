# Sequence patterns never match str, bytes, bytearray, dicts or sets; they do match tuples, ranges and deques.
from collections import deque
def seq(v):
    match v:
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case [*items]:
            return f"sequence of {len(items)}"
        case _:
            return "not a sequence"
for v in ["ab", b"ab", bytearray(b"ab"), {"a": 1, "b": 2}, {1, 2}, (1, 2), range(2), range(5), deque([1, 2]), [1, 2, 3]]:
    print(type(v).__name__, seq(v))
