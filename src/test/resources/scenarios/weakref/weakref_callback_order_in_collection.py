# Callbacks for several objects in one garbage cycle run in the collector's order.
import gc
import weakref
gc.collect()
class T:
    def __init__(self, name):
        self.name = name
def cb_a(r):
    print("callback a")
def cb_b(r):
    print("callback b")
a = T("a")
b = T("b")
a.peer = b
b.peer = a
ra = weakref.ref(a, cb_a)
rb = weakref.ref(b, cb_b)
del a, b
print("collected", gc.collect())
