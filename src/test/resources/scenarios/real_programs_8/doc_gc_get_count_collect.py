import gc

gc.collect()
print(gc.get_count())
junk = [[] for _ in range(50)]
print(gc.get_count())
del junk
print(gc.get_threshold())

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

def make_cycle():
    a, b = Node("a"), Node("b")
    a.other, b.other = b, a

for _ in range(3):
    make_cycle()
print("unreachable found:", gc.collect())
print(gc.get_count())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
make_cycle()
print(gc.collect())
gc.enable()
print(gc.isenabled(), gc.collect())
