import weakref


class Signal:
    def __init__(self):
        self._slots = []

    def connect(self, method):
        self._slots.append(weakref.WeakMethod(method))

    def emit(self, *args):
        alive = []
        for ref in self._slots:
            m = ref()
            if m is not None:
                m(*args)
                alive.append(ref)
        dropped = len(self._slots) - len(alive)
        self._slots = alive
        return dropped


class Label:
    def __init__(self, name):
        self.name = name

    def on_change(self, value):
        print(f"{self.name} shows {value}")


sig = Signal()
a, b, c = Label("a"), Label("b"), Label("c")
for w in (a, b, c):
    sig.connect(w.on_change)
print("dropped", sig.emit(1))
del b
print("dropped", sig.emit(2))
strong = []
strong.append(c.on_change)
del c
print("dropped", sig.emit(3))
strong.clear()
print("dropped", sig.emit(4))
r = weakref.ref(a.on_change)
print("plain ref to bound method dead at once:", r() is None)
