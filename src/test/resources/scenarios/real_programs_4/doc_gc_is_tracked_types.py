import gc

class Plain:
    pass

class Slotted:
    __slots__ = ("a",)

samples = [
    ("int", 42), ("str", "text"), ("float", 1.5), ("empty list", []),
    ("list of ints", [1, 2]), ("empty dict", {}), ("dict of ints", {"a": 1}),
    ("dict holding list", {"a": []}), ("tuple of ints", tuple(range(2))),
    ("instance", Plain()), ("slotted", Slotted()), ("set", {1}),
    ("function", len), ("class", Plain), ("bytes", b"x"),
]
for name, obj in samples:
    print(f"{name:18} {gc.is_tracked(obj)}")
