# Finalizers of a garbage cycle run in the collector's list order (creation order here).
import gc
gc.collect()
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
a = T("a")
b = T("b")
c = T("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collected", gc.collect())
