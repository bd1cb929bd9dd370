import gc


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


registry = {k: Tracked(k) for k in ["first", "second", "third"]}
print("pop second")
registry.pop("second")
print("overwrite first")
registry["first"] = Tracked("first-v2")
print("clear")
registry.clear()
nested = {"outer": {"inner": Tracked("deep")}, "list": [Tracked("l0"), Tracked("l1")]}
print("del nested")
del nested
s = {Tracked("in-set")}
print("discard via pop")
s.pop()
box = [Tracked("box")]
box.append(box)
print("del self-referencing box")
del box
print("collect:", gc.collect())
print("done")
