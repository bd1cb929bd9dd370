# gc.get_count() shows generation 0's allocation counter: container objects
# created minus those freed. Plain ints and strings do not count.
import gc

gc.collect()
gc.disable()
start = gc.get_count()[0]


def delta():
    return gc.get_count()[0] - start


x = 12345
y = "not tracked"
print("after int and str:", delta())
a = []
print("after a list:", delta())
b = {}
print("after a dict:", delta())
c = (1, 2)
print("after a constant tuple:", delta())
d = [[], [], []]
print("after a list of three lists:", delta())
del d
print("after deleting them:", delta())


class Plain:
    pass


start = gc.get_count()[0]
p = Plain()
print("one instance:", delta())
p.attr = 1
print("after setting an attribute:", delta())
del p
print("after del:", delta())
gc.enable()
print("collected:", gc.collect())
print("gen0 after collect:", gc.get_count()[0])
