import gc

# test_gc: a __del__ that breaks the cycle of other objects
gc.collect()

class A:
    pass

class B:
    def __init__(self, x):
        self.x = x

    def __del__(self):
        self.attr = None

def do_work():
    a = A()
    b = B(A())
    a.attr = b
    b.attr = a

do_work()
print("collected:", gc.collect())
print("garbage:", gc.garbage)

class Holder:
    def __init__(self):
        self.box = [self]
    def __del__(self):
        self.box.clear()
for _ in range(3):
    Holder()
print("holders:", gc.collect())
