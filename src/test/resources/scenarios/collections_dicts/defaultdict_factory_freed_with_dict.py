# When a defaultdict dies it drops its factory first, then its entries in insertion order.
from collections import defaultdict
class Obj:
    def __init__(self, name):
        self.name = name
    def __call__(self):
        return 0
    def __del__(self):
        print("freed", self.name)
d = defaultdict(Obj("factory"))
d["x"] = Obj("x")
d["y"] = Obj("y")
print(d["z"])
del d
print("end")
