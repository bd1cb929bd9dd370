import weakref
class TempFile:
    def __init__(self, path):
        self.path = path
        self._finalizer = weakref.finalize(self, self.cleanup, path)
    @staticmethod
    def cleanup(path):
        print("removing", path)
    def remove(self):
        self._finalizer()
    @property
    def removed(self):
        return not self._finalizer.alive
t = TempFile("/tmp/a")
print(t.removed)
t.remove()
print(t.removed)
t.remove()
u = TempFile("/tmp/b")
print(u._finalizer.atexit)
print("end of program")
