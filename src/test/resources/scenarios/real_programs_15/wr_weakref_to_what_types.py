# Which objects can be weakly referenced?  Instances of your classes,
# functions, classes and sets can; many builtins cannot.
import weakref


class Thing:
    pass


class MyList(list):
    pass


def func():
    pass


candidates = [
    ("instance", Thing()), ("class", Thing), ("function", func), ("set", {1}),
    ("frozenset", frozenset({1})), ("list", [1]), ("dict", {}), ("tuple", (1,)),
    ("int", 5), ("str", "s"), ("None", None), ("MyList", MyList()), ("type", int),
    ("bound method", Thing.__init__), ("lambda", lambda: 1), ("range", range(2)),
]
for label, obj in candidates:
    try:
        r = weakref.ref(obj)
        print(f"{label:13} ok, alive={r() is obj}")
    except TypeError as e:
        print(f"{label:13} TypeError: {e}")
