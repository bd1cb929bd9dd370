# Objects held only by a garbage cycle are unreachable too: the collector counts and finalizes them in list order.
import gc
gc.collect()
class Leaf:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
a = []
b = []
a.append(b)
b.append(a)
a.append(Leaf("from a"))
b.append(Leaf("from b"))
del a, b
print("collected", gc.collect())
