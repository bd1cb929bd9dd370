import weakref

class TempFile:
    """The docs' pattern: a finalizer instead of __del__, callable early as remove()."""

    def __init__(self, name):
        self.name, self._finalizer = name, weakref.finalize(self, print, "removing", name)

    remove = lambda self: self._finalizer()
    removed = property(lambda self: not self._finalizer.alive)

a = TempFile("a.tmp")
b = TempFile("b.tmp")
c = TempFile("c.tmp")
c._finalizer.atexit = False
print(a.removed, b.removed)
a.remove()
print(a.removed)
a.remove()
del b
print("end of program")
