# Not every object is tracked by the cycle collector: atoms never are,
# and some containers only become tracked once they hold a container.
import gc

checks = [
    ("int", 3),
    ("str", "abc"),
    ("empty list", []),
    ("list of ints", [1, 2]),
    ("empty dict", {}),
    ("dict of ints", {"a": 1}),
    ("dict holding list", {"a": []}),
    ("tuple of ints", (1, 2)),
    ("set", {1}),
    ("function", len),
]
for label, obj in checks:
    print("%-18s %s" % (label, gc.is_tracked(obj)))


def f():
    pass


print("%-18s %s" % ("python function", gc.is_tracked(f)))

d = {"x": 1}
print("dict before:", gc.is_tracked(d))
d["y"] = [1]
print("dict after adding a list:", gc.is_tracked(d))


class Lazarus:
    def __del__(self):
        global saved
        saved = self


x = Lazarus()
x.me = x
print("finalized before:", gc.is_finalized(x))
del x
gc.collect()
print("finalized after resurrection:", gc.is_finalized(saved))
