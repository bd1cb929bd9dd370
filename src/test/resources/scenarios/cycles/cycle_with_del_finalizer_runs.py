# PEP 442: instances with __del__ in a garbage cycle are finalized and freed by gc.collect().
import gc
gc.collect()
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
a = T("a")
b = T("b")
a.peer = b
b.peer = a
del a, b
print("before collect")
n = gc.collect()
print("collected", n)
print("garbage", gc.garbage)
