import weakref
import gc

class Both:
    def __init__(self, name):
        self.name = name
        weakref.finalize(self, print, f"finalize callback for {name}")
        self.ref = weakref.ref(self, lambda r: print(f"weakref callback for {name}"))

    def __del__(self):
        print(f"__del__ for {self.name}")

print("refcount death:")
a = Both("a")
del a
print("cycle death:")
b = Both("b")
b.cycle = b
del b
gc.collect()
print("two in a list, freed together:")
pair = [Both("c1"), Both("c2")]
del pair
print("left to program exit:")
z = Both("z")
print("end of module")
