import gc


class Tag:
    def __init__(self, name):
        self.name = name
        print("make", name)

    def __del__(self):
        print("drop", self.name)


def work():
    a = Tag("local-a")
    b = Tag("local-b")
    keep = Tag("returned")
    print("leaving work")
    return keep


gc.collect()
r = work()
print("got", r.name)
items = [Tag("x"), Tag("y"), Tag("z")]
print("replace list")
items = None
print("rebind r")
r = Tag("new")
d = {"k1": Tag("v1"), "k2": Tag("v2")}
del d["k1"]
print("dict still has", list(d))
print("collected:", gc.collect())
print("end of program")
