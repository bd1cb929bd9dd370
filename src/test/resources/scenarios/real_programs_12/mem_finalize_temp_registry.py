import weakref


class TempStore:
    registry = {}

    def __init__(self, name):
        self.name = name
        TempStore.registry[name] = f"/tmp/{name}.dat"
        self._fin = weakref.finalize(self, TempStore._cleanup, name)

    @staticmethod
    def _cleanup(name):
        path = TempStore.registry.pop(name)
        print("cleanup removed", path)

    def close(self):
        self._fin()

    @property
    def closed(self):
        return not self._fin.alive


a = TempStore("alpha")
b = TempStore("beta")
c = TempStore("gamma")
print(sorted(TempStore.registry))
a.close()
print(a.closed, sorted(TempStore.registry))
a.close()
del b
print(sorted(TempStore.registry))
print("c alive:", c._fin.alive, c._fin.peek()[2:], c._fin.peek()[0] is c)
keep = c._fin.detach()
print("detached:", keep[2], keep[3], c._fin.alive, keep[1].__name__, keep[0].name)
del c
print(sorted(TempStore.registry))
d = TempStore("delta")
print("exiting")
