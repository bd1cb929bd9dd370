# observers kept as WeakMethods drop out when their objects die
import weakref
class Listener:
    def __init__(self, name):
        self.name = name
    def notify(self, event):
        print(self.name, "got", event)
listeners = []
def subscribe(method):
    listeners.append(weakref.WeakMethod(method))
a = Listener("a")
b = Listener("b")
subscribe(a.notify)
subscribe(b.notify)
def publish(event):
    for ref in listeners:
        m = ref()
        if m is not None:
            m(event)
publish("one")
del a
publish("two")
print(sum(1 for r in listeners if r() is not None))
