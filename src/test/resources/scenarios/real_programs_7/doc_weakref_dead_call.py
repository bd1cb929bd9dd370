import weakref
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.partner = None

def describe(ref):
    obj = ref()
    return "dead" if obj is None else f"alive({obj.value})"

x = Node(1)
y = Node(2)
x.partner, y.partner = y, x
rx, ry = weakref.ref(x), weakref.ref(y)
print(describe(rx), describe(ry))
del x
print(describe(rx), describe(ry))
del y
print(describe(rx), describe(ry))
print("collected:", gc.collect())
print(describe(rx), describe(ry), rx() is None)
print(rx == ry, rx == rx)
