import gc

class Plain:
    pass

cases = [
    ("int", 42),
    ("str", "hello"),
    ("float", 1.5),
    ("None", None),
    ("empty list", []),
    ("list of ints", [1, 2, 3]),
    ("empty dict", {}),
    ("dict of ints", {"a": 1}),
    ("dict with list", {"a": []}),
    ("tuple of ints", (1, 2)),
    ("tuple with list", (1, [])),
    ("set", {1, 2}),
    ("frozenset", frozenset({1})),
    ("instance", Plain()),
    ("function", len),
    ("bytes", b"xy"),
]
for label, obj in cases:
    print(f"{label:16} {gc.is_tracked(obj)}")

d = {"x": 1}
print("dict before:", gc.is_tracked(d))
d["y"] = [0]
print("dict after adding list:", gc.is_tracked(d))
t = tuple([1, 2, 3])
print("runtime tuple before collect:", gc.is_tracked(t))
gc.collect()
print("runtime tuple after collect:", gc.is_tracked(t))
