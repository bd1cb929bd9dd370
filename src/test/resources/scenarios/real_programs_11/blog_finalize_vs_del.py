import gc
import weakref

class TempFile:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, TempFile._cleanup, name)

    @staticmethod
    def _cleanup(name):
        print(f"cleanup: removing {name}")

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive

class OldStyle:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print(f"__del__: {self.name}")

t1 = TempFile("report.tmp")
t2 = TempFile("cache.tmp")
t1.close()
print("t1 closed:", t1.closed, "| t2 closed:", t2.closed)
t1.close()
del t1
print("deleting t2")
del t2
o = OldStyle("cyclic")
del o
print("before collect")
print("collected:", gc.collect())
t3 = TempFile("left-open.tmp")
print("end of program")
