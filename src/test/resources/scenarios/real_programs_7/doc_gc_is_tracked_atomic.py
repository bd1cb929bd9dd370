import gc

samples = {
    "int": 42,
    "str": "hello",
    "float": 3.5,
    "empty list": [],
    "list of ints": [1, 2, 3],
    "empty tuple": (),
    "dict of ints": {"a": 1},
    "dict with list": {"a": []},
    "set": {1, 2},
    "frozenset": frozenset({1}),
    "function": len,
}
for label, obj in samples.items():
    print(f"{label:15} {gc.is_tracked(obj)}")

class Plain:
    pass

print("instance", gc.is_tracked(Plain()))
t = tuple([1, 2])
print("fresh tuple", gc.is_tracked(t))
gc.collect()
print("after collect", gc.is_tracked(t))
