import weakref
import gc


class Signal:
    def __init__(self):
        self._slots = []

    def connect(self, method):
        self._slots.append(weakref.WeakMethod(method, self._prune))

    def _prune(self, dead):
        self._slots.remove(dead)
        print("pruned a dead slot, left:", len(self._slots))

    def emit(self, *args):
        for ref in list(self._slots):
            m = ref()
            if m is not None:
                m(*args)


class Label:
    def __init__(self, name):
        self.name = name

    def on_change(self, value):
        print(f"{self.name} shows {value}")


sig = Signal()
a = Label("A")
b = Label("B")
sig.connect(a.on_change)
sig.connect(b.on_change)
sig.emit(1)
del a
sig.emit(2)
strong = []
c = Label("C")
strong.append(lambda v: c.on_change(v * 10))
sig.connect(c.on_change)
sig.emit(3)
for f in strong:
    f(3)
del c
print("c still reachable via lambda:", len(sig._slots))
strong.clear()
print("after strong cleared:", len(sig._slots))
print(gc.collect())
