# sys.getsizeof of dicts made in different ways, and after changes.
import sys


def size(label, d):
    print(f"{label:30} len={len(d):3} size={sys.getsizeof(d)}")


base = {f"k{i}": i for i in range(8)}
size("comprehension of 8", base)
size("copy()", base.copy())
size("dict(base)", dict(base))
size("{**base}", {**base})
size("dict.fromkeys 8", dict.fromkeys(base))
size("dict.fromkeys 20", dict.fromkeys(range(20)))
size("zip into dict", dict(zip("abcdefgh", range(8))))
merged = {**base, **{"x": 1, "y": 2}}
size("merged 10", merged)
u = {}
u.update(base)
size("update() from 8", u)
for k in list(base)[:6]:
    del base[k]
size("after deleting 6", base)
size("copy of that", base.copy())
base.clear()
size("after clear()", base)
p = {i: i for i in range(6)}
p.pop(0)
p.popitem()
size("after pop and popitem", p)
ints = {i: None for i in range(1000)}
size("1000 int keys", ints)
size("| of two", {"a": 1} | {"b": 2})
