import sys
import gc

class Big:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("freed", self.label)

def make_reader(obj):
    def read():
        return obj.label
    return read

b = Big("alpha")
reader = make_reader(b)
print("refs:", sys.getrefcount(b))
del b
print("after del b, still readable:", reader())
cell = reader.__closure__[0]
print("cell holds:", type(cell.cell_contents).__name__)
del cell
del reader
print("reader gone")

def make_self_ref():
    obj = Big("beta")
    def helper():
        return obj
    obj.helper = helper
    return None

make_self_ref()
print("beta is in a cycle through the closure")
print("collected:", gc.collect())
lam = (lambda o: lambda: o)(Big("gamma"))
print(lam().label)
lam = None
print("end")
