import weakref

class TempDir:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, self._cleanup, name)

    @staticmethod
    def _cleanup(name):
        print(f"cleanup {name}")

    def remove(self):
        self._finalizer()

    @property
    def removed(self):
        return not self._finalizer.alive

d1 = TempDir("build")
d2 = TempDir("cache")
print("removed?", d1.removed, d2.removed)
d1.remove()
print("removed?", d1.removed)
d1.remove()  # second call does nothing
del d1
print("d1 deleted")
del d2
print("d2 deleted")

def goodbye(who, *, loud=False):
    msg = f"goodbye {who}"
    print(msg.upper() if loud else msg)
    return len(msg)

class Thing: pass
t = Thing()
f = weakref.finalize(t, goodbye, "thing", loud=True)
print("peek:", f.peek()[1].__name__, f.peek()[2:], f.atexit)
print("detach:", f.detach()[2:])
print("alive after detach:", f.alive)
del t
print("no finalizer ran")
t2 = Thing()
f2 = weakref.finalize(t2, goodbye, "t2")
print("call returns:", f2())
print("again:", f2())
