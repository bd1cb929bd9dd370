# weakref.finalize: alive, detach, peek, calling it directly, and
# atexit behaviour for the ones still alive at the end.
import weakref


class TempDir:
    def __init__(self, path):
        self.path = path


def remove(path, log):
    log.append("removed " + path)
    return path


log = []
d1 = TempDir("/tmp/one")
d2 = TempDir("/tmp/two")
d3 = TempDir("/tmp/three")
f1 = weakref.finalize(d1, remove, d1.path, log)
f2 = weakref.finalize(d2, remove, d2.path, log)
f3 = weakref.finalize(d3, remove, d3.path, log)
print("alive:", f1.alive, f2.alive, f3.alive)
print("calling f1 directly returns:", f1())
print("second call returns:", f1())
print("f1 alive:", f1.alive)
obj, fn, args, kwargs = f2.peek()
print("peek:", obj.path, fn.__name__, args[0], kwargs)
detached = f2.detach()
print("detached args:", detached[2][0], "alive:", f2.alive)
del d1, d2
print("log after dels:", log)
print("atexit flag f3:", f3.atexit)
f3.atexit = True
print("end of program; f3 runs at exit")
weakref.finalize(d3, print, "exit finalizer for", d3.path)
