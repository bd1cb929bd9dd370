import weakref

class Listener:
    def __init__(self, name):
        self.name = name
    def notify(self, event):
        print(f"{self.name} got {event}")

listeners = weakref.WeakSet()
a, b = Listener("a"), Listener("b")
listeners.add(a)
listeners.add(b)
listeners.add(a)
print(len(listeners), a in listeners)
for l in sorted(listeners, key=lambda l: l.name):
    l.notify("start")
del a
print(len(listeners), [l.name for l in listeners])

bound = weakref.ref(b.notify)
print(bound() is None, bound() is b.notify)
wm = weakref.WeakMethod(b.notify)
m = wm()
m("direct")
print(m == b.notify, type(wm).__name__)
del m
del b
print(wm() is None, len(listeners))
