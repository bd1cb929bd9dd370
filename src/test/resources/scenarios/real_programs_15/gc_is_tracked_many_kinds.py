# Which objects does the cycle collector keep an eye on?  Atoms are never
# tracked; containers are, except when CPython can prove they cannot
# take part in a cycle.
import gc


def show(label, obj):
    print(f"{label:28} {gc.is_tracked(obj)}")


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


def gen():
    yield 1


show("int", 7)
show("float", 2.5)
show("str", "text")
show("bytes", b"raw")
show("None", None)
show("empty list", [])
show("list of ints", [1, 2, 3])
show("empty dict", {})
show("dict of atoms", {"a": 1, "b": "x"})
show("dict holding a list", {"a": []})
show("tuple of atoms (new)", tuple([1, 2]))
show("tuple holding a list", ([],))
show("set", {1, 2})
show("frozenset", frozenset({1}))
show("bytearray", bytearray(b"ab"))
show("function", show)
show("lambda", lambda: 0)
show("class", Plain)
show("instance", Plain())
show("slotted instance", Slotted())
show("generator", gen())
show("range", range(3))
show("module gc", gc)
t = tuple([1, 2])
print("tuple before collect:", gc.is_tracked(t))
gc.collect()
print("tuple after collect:", gc.is_tracked(t))
d = {"k": 1}
print("dict of atoms:", gc.is_tracked(d))
d["k2"] = [1]
print("after storing a list:", gc.is_tracked(d))
