# When a container dies it releases its items in a fixed order. A list
# releases from the end, a dict in insertion order, a tuple from the end.


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


print("list:")
items = [Tag("L0"), Tag("L1"), Tag("L2")]
del items
print("tuple:")
items = (Tag("T0"), Tag("T1"), Tag("T2"))
del items
print("dict values:")
items = {"a": Tag("D0"), "b": Tag("D1"), "c": Tag("D2")}
del items
print("set of one:")
items = {Tag("S0")}
del items
print("instance attributes:")


class Holder:
    pass


h = Holder()
h.first = Tag("A1")
h.second = Tag("A2")
h.third = Tag("A3")
del h
print("rebinding a name:")
x = Tag("old")
x = Tag("new")
print("end of program")
