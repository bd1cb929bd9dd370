import gc
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
gc.collect()
a, b = A("a"), A("b")
a.other, b.other = b, a
del a, b
print("before collect")
print("collected:", gc.collect())
print(gc.garbage)
