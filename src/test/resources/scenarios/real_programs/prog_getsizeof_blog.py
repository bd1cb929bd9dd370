# blog: how big are python objects?
import sys

values = [0, 1, 2**30, 2**64, 3.14, "", "a", "hello world", [], [1, 2, 3], (), (1, 2), {}, {"a": 1}, set(), True, None]
for v in values:
    print(f"{type(v).__name__:>6} {v!r:<15} {sys.getsizeof(v):>4}")

lst = []
prev = sys.getsizeof(lst)
for i in range(20):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != prev:
        print(f"len={len(lst):2d} size={size}")
        prev = size
