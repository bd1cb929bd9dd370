# Which objects can be weakly referenced? Instances of your classes can;
# many builtins cannot; subclasses of them can.
import weakref


class MyList(list):
    pass


class MyDict(dict):
    pass


def f():
    pass


class C:
    pass


candidates = [
    ("int", 5),
    ("str", "s"),
    ("tuple", (1,)),
    ("list", []),
    ("dict", {}),
    ("set", set()),
    ("frozenset", frozenset()),
    ("function", f),
    ("class", C),
    ("instance", C()),
    ("list subclass", MyList()),
    ("dict subclass", MyDict()),
    ("None", None),
]
for label, obj in candidates:
    try:
        weakref.ref(obj)
        ok = "yes"
    except TypeError as e:
        ok = "no: " + str(e)
    print("%-14s %s" % (label, ok))
