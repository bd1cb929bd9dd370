# weakref.finalize objects still alive when the program ends run at exit,
# newest first; ones already called (or detached) do not run again.
import weakref


class Handle:
    def __init__(self, name):
        self.name = name


def close(name):
    print("closing", name)


handles = [Handle(n) for n in ("db", "cache", "log", "tmp")]
finalizers = [weakref.finalize(h, close, h.name) for h in handles]
print([f.alive for f in finalizers])
finalizers[1]()
print("called cache early:", finalizers[1].alive)
print("detach tmp:", finalizers[3].detach()[2])
finalizers[2].atexit = False
print([f.alive for f in finalizers])
print("end of program")
