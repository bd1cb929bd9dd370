# event system with callbacks and weak references
import weakref
class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, name, fn):
        self.handlers.setdefault(name, []).append(fn)
    def emit(self, name, *args, **kwargs):
        for fn in self.handlers.get(name, []):
            fn(*args, **kwargs)
bus = EventBus()
log = []
bus.on("save", lambda path, size=0: log.append(f"saved {path} ({size} bytes)"))
bus.on("save", lambda path, **kw: print("audit:", path, sorted(kw)))
bus.emit("save", "a.txt", size=120)
bus.emit("load", "b.txt")
print(log)
class Listener:
    def __init__(self, name):
        self.name = name
    def handle(self, *args):
        print(self.name, "handled", args)
l = Listener("L1")
ref = weakref.WeakMethod(l.handle)
bus.on("tick", lambda *a: ref() and ref()(*a))
bus.emit("tick", 1, 2)
del l
bus.emit("tick", 3)
print(ref())
