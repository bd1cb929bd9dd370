# a local class whose method reads the factory's local keeps that local in a cell: one reference, freed with the class by gc
import sys, gc
def make(tag):
    label = [tag]
    class Tagged:
        def show(self):
            return label[0]
    return Tagged, label
gc.collect()
T, label = make("x")
print(T().show(), sys.getrefcount(label))
del T
print("collected", gc.collect(), sys.getrefcount(label))
