import gc

samples = {
    "int": 42,
    "str": "hello",
    "float": 3.14,
    "empty tuple": (),
    "tuple of ints": (1, 2, 3),
    "tuple holding a list": ([],),
    "empty dict": {},
    "dict of ints": {"a": 1},
    "dict holding a list": {"a": []},
    "list": [],
    "set": set(),
    "frozenset": frozenset(),
    "instance": type("Empty", (), {})(),
    "function": len,
}

for name, value in samples.items():
    print(f"{name:>22}: {gc.is_tracked(value)}")

t = (1, 2, 3)
print("fresh tuple of ints tracked:", gc.is_tracked(tuple([1, 2, 3])))
gc.collect()
print("literal tuple after collect:", gc.is_tracked(t))
