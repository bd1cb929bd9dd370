# finalize keeps its function and arguments; peek() shows them,
# calling it twice only works once, and the result is returned.
import weakref


class TempDir:
    def __init__(self, path):
        self.path = path


def remove(path, recursive=False, log=None):
    log.append((path, recursive))
    return f"removed {path}"


log = []
d = TempDir("/tmp/x1")
fin = weakref.finalize(d, remove, d.path, recursive=True, log=log)
obj, fn, args, kwargs = fin.peek()
print(obj is d, fn.__name__, args, sorted(kwargs))
print("first call:", fin())
print("second call:", fin())
print("alive:", fin.alive, "peek:", fin.peek())
d2 = TempDir("/tmp/x2")
fin2 = weakref.finalize(d2, remove, d2.path, log=log)
del d2
print("after del:", fin2.alive)
print(log)
d3 = TempDir("/tmp/x3")
fin3 = weakref.finalize(d3, print, "finalizing", "x3")
print("atexit:", fin3.atexit)
print("detach gives:", fin3.detach()[2], fin3.detach())
