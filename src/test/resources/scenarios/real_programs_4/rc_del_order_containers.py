class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("bye", self.name)

print("list:")
items = [Tag("l1"), Tag("l2"), Tag("l3")]
del items
print("dict:")
d = {"a": Tag("d1"), "b": Tag("d2")}
d = None
print("tuple:")
t = (Tag("t1"), Tag("t2"))
del t
print("nested:")
outer = [Tag("o1"), [Tag("i1"), Tag("i2")], Tag("o2")]
outer.clear()
print("attributes:")
class Holder:
    pass
h = Holder()
h.first = Tag("a1")
h.second = Tag("a2")
del h
print("reassignment:")
v = Tag("v1")
v = Tag("v2")
print("end")
