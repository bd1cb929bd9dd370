import weakref


class TempResource:
    opened = []

    def __init__(self, name):
        self.name = name
        TempResource.opened.append(name)
        self._finalizer = weakref.finalize(self, TempResource._cleanup, name)

    @staticmethod
    def _cleanup(name):
        TempResource.opened.remove(name)
        print(f"cleaned up {name}")

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive


r1 = TempResource("r1")
r2 = TempResource("r2")
r3 = TempResource("r3")
print(TempResource.opened)
r1.close()
print(r1.closed, r2.closed)
r1.close()
del r2
print(TempResource.opened)
f = r3._finalizer
print(f.alive, f.peek()[2:] if f.peek() else None)
det = f.detach()
print("detached:", det[1].__name__, det[2], f.alive)
del r3
print(TempResource.opened)
r4 = TempResource("r4")
r4._finalizer.atexit = True
print("exiting with", TempResource.opened)
