# With a threshold of 5, automatic collections start at the same allocations as in CPython: class, mapping (**rest) and star patterns allocate and free exactly CPython's temporaries (free lists included).
import gc
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
items = [P(1, 2), {"k": 1, "j": 2}, [1, 2, 3], (1, 2)]
seen = [0] * 400
n = 0
gc.set_threshold(5)
gc.collect()
for i in range(60):
    for it in items:
        match it:
            case P(x, y=y):
                seen[n] = gc.get_count()[0]
            case {"k": k, **rest}:
                seen[n] = gc.get_count()[0]
            case [a, *rest]:
                seen[n] = gc.get_count()[0]
        n += 1
gc.set_threshold(700)
print(seen[:40])
print(gc.get_count()[1])
