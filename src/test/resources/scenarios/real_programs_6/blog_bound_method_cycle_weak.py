import gc
import weakref

class Listener:
    def __init__(self, name, bus):
        self.name = name
        bus.append(weakref.WeakMethod(self.on_event))

    def on_event(self, e):
        return f"{self.name} got {e}"

    def __del__(self):
        print(self.name, "gone")

def publish(bus, e):
    out = []
    for ref in bus:
        m = ref()
        if m is not None:
            out.append(m(e))
    return out

bus = []
a = Listener("a", bus)
b = Listener("b", bus)
print(publish(bus, "start"))
del a
print(publish(bus, "tick"))
print(sum(r() is None for r in bus), "dead refs")
bus[:] = [r for r in bus if r() is not None]
print(len(bus))

class Strong:
    def __init__(self):
        self.cb = self.run
    def run(self):
        pass
    def __del__(self):
        print("Strong gone")

s = Strong()
del s
print("strong cycle survives del")
gc.collect()
print("end")
