import gc

class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []
    def add(self, child):
        self.children.append(child)
        child.parent = self
    def __del__(self):
        print("Parent", self.name, "gone")

class Child:
    def __init__(self, name):
        self.name = name
        self.parent = None
    def __del__(self):
        print("Child", self.name, "gone")

gc.collect()
p = Parent("root")
for n in ("x", "y"):
    p.add(Child(n))
print("referrers of p include children dicts:",
      sum(1 for r in gc.get_referrers(p) if isinstance(r, dict) and r.get("parent") is p))
del p
print("deleted p")
found = gc.collect()
print("gc found:", found)
print("garbage:", gc.garbage)
