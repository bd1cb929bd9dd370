# A dict that dies releases its entries in insertion order.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
d = {}
d["z"] = T("z")
d["a"] = T("a")
d["m"] = T("m")
del d
print("dict gone")
