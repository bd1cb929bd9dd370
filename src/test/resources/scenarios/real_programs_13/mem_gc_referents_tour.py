import gc

def show(label, obj):
    refs = gc.get_referents(obj)
    print(f"{label:>10}: {sorted(repr(r) for r in refs)}")

show("list", [1, "a", None])
show("tuple", (2.5, "b"))
show("dict", {"k": "v", "n": 3})
show("set", {10})
show("int", 12345)
show("str", "text")

class Pair:
    def __init__(self):
        self.left = "L"
        self.right = "R"

p = Pair()
refs = gc.get_referents(p)
print("instance referents types:", sorted(type(r).__name__ for r in refs))
print("the class among them:", Pair in refs)
inner = [1, 2]
outer = [inner, inner]
print("duplicates listed:", len(gc.get_referents(outer)))
