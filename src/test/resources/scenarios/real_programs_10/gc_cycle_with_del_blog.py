import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None
        print(f"  + {self.name}")

    def __del__(self):
        print(f"  - {self.name} finalized (partner={self.partner.name if self.partner else None})")

def make_pair(a, b):
    x, y = Node(a), Node(b)
    x.partner = y
    y.partner = x

gc.disable()
print("creating a cycle and dropping it")
make_pair("alice", "bob")
print("nothing collected yet; running gc.collect()")
n = gc.collect()
print("gc.collect() returned", n)
print("garbage list:", gc.garbage)

print("a single self-loop")
solo = Node("solo")
solo.partner = solo
del solo
print("collect ->", gc.collect())

print("breaking the cycle by hand instead")
p = Node("p"); q = Node("q")
p.partner = q; q.partner = p
p.partner = None
del p
print("p deleted")
del q
print("collect ->", gc.collect())
gc.enable()
