import gc

class Parent:
    def __init__(self):
        self.children = []
    def add(self, c):
        self.children.append(c)
        c.parent = self

class Child:
    pass

def leak(n):
    for _ in range(n):
        p = Parent()
        for _ in range(3):
            p.add(Child())

gc.disable()
gc.collect()
gc.collect()
before = len(gc.get_objects())
leak(10)
after = len(gc.get_objects())
print("tracked objects grew by", after - before)
print("collected:", gc.collect())
print("back to start:", len(gc.get_objects()) - before)
gc.enable()
