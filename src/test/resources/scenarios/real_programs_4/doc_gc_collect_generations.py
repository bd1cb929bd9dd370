import gc

class Link:
    def __init__(self, name):
        self.name = name
        self.other = None

def make_pair(n):
    a, b = Link(f"a{n}"), Link(f"b{n}")
    a.other, b.other = b, a

gc.collect()
for n in range(5):
    make_pair(n)
print("gen 0 finds:", gc.collect(0))
for n in range(3):
    make_pair(n)
print("gen 1 finds:", gc.collect(1))
make_pair(9)
print("gen 2 finds:", gc.collect(2))
print("nothing left:", gc.collect())
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
