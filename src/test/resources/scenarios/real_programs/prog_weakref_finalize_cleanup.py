# weakref.finalize for cleaning temp resources
import weakref
class TempDir:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, self._cleanup, name)
    @staticmethod
    def _cleanup(name):
        print(f"removing {name}")
    def remove(self):
        self._finalizer()
    @property
    def removed(self):
        return not self._finalizer.alive
a = TempDir("tmp-a")
b = TempDir("tmp-b")
a.remove()
print(a.removed, b.removed)
a.remove()
del a
print("a deleted")
del b
print("b deleted")
c = TempDir("tmp-c")
print("end of program")
