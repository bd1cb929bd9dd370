import gc

samples = {
    "int": 42,
    "str": "text",
    "empty list": [],
    "list of ints": [1, 2, 3],
    "empty dict": {},
    "dict of ints": {"a": 1},
    "dict with list": {"a": []},
    "tuple of ints (runtime)": tuple(range(3)),
    "tuple with list": ([],),
    "set": {1, 2},
    "frozenset": frozenset([1]),
    "function": len,
    "lambda": lambda: 0,
}
for name, obj in samples.items():
    print(f"{name:<24} tracked={gc.is_tracked(obj)}")

d = {}
print("new dict:", gc.is_tracked(d))
d["k"] = 1
print("after int value:", gc.is_tracked(d))
d["l"] = [1]
print("after list value:", gc.is_tracked(d))
del d["l"]
print("after removing it:", gc.is_tracked(d))

t = tuple([1, 2, "x"])
print("runtime tuple before collect:", gc.is_tracked(t))
gc.collect()
print("after collect:", gc.is_tracked(t))
class C: pass
print("instance:", gc.is_tracked(C()), "class:", gc.is_tracked(C))
