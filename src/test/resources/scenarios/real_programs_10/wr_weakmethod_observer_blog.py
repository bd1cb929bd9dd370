import weakref

class Signal:
    def __init__(self):
        self._slots = []

    def connect(self, method):
        self._slots.append(weakref.WeakMethod(method, self._cleanup))

    def _cleanup(self, ref):
        print("  (a slot went away)")
        self._slots.remove(ref)

    def emit(self, *args):
        for ref in list(self._slots):
            m = ref()
            if m is not None:
                m(*args)

class Label:
    def __init__(self, name):
        self.name = name
    def update(self, value):
        print(f"  {self.name} shows {value}")

sig = Signal()
a, b = Label("a"), Label("b")
sig.connect(a.update)
sig.connect(b.update)
print("emit 1"); sig.emit(1)
del a
print("emit 2"); sig.emit(2)
print("slots:", len(sig._slots))
bound = b.update
plain = weakref.ref(bound)
print("plain ref to bound method alive?", plain() is not None)
del bound
print("after del bound:", plain())
wm = weakref.WeakMethod(b.update)
print("WeakMethod alive:", wm() is not None, wm() == b.update)
del b
print("emit 3"); sig.emit(3)
print("wm dead:", wm() is None)
