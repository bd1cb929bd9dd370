import weakref

class TempFile:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, TempFile._cleanup, name)

    @staticmethod
    def _cleanup(name):
        print(f"removing {name}")

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive


a = TempFile("a.tmp")
b = TempFile("b.tmp")
c = TempFile("c.tmp")
print("alive:", a._finalizer.alive, b.closed)
a.close()
print("a closed:", a.closed)
a.close()
print("closing again does nothing")
del b
print("b deleted")
f = c._finalizer
print(f.peek()[2:], f.peek()[1] is TempFile._cleanup, f.alive)
c2 = c
del c
print("c still referenced by c2")
c2 = None
print("c2 dropped:", f.alive)

log = []
def note(msg, *, level="info"):
    log.append(f"{level}:{msg}")
    return len(log)

class Job:
    pass

jobs = [Job() for _ in range(3)]
fins = [weakref.finalize(j, note, f"job{i}", level="warn" if i else "info") for i, j in enumerate(jobs)]
del jobs[1]
print(log)
print(fins[0](), fins[0](), log)
print([fn.alive for fn in fins])
d = TempFile("d.tmp")
e = TempFile("e.tmp")
print("end of program, d and e still open")
