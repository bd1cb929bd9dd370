import weakref

class TempFile:
    def __init__(self, name):
        self.name = name
        self._fin = weakref.finalize(self, TempFile._cleanup, name)

    @staticmethod
    def _cleanup(name):
        print(f"removing {name}")

    def close(self):
        self._fin()

    def keep(self):
        return self._fin.detach()

    @property
    def closed(self):
        return not self._fin.alive

a = TempFile("a.tmp")
b = TempFile("b.tmp")
c = TempFile("c.tmp")
print(a.closed, b.closed)
a.close()
print(a.closed)
a.close()
info = b.keep()
print(info[0] is b, info[1].__name__, info[2])
del b
print("b deleted")
del c
print("end of program")
d = TempFile("d.tmp")
