# Breaking a cycle by hand before del lets refcounting free it at once; the collector then finds nothing.
import gc
gc.collect()
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
a = T("a")
b = T("b")
a.peer = b
b.peer = a
b.peer = None
del a
print("a gone")
del b
print("collected", gc.collect())
