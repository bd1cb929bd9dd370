# Keeping a bound method on its own instance (a common "callback" idiom)
# creates a cycle: instance -> dict -> bound method -> instance.
import gc
import weakref


class Alarm:
    def __init__(self, label):
        self.label = label
        self.on_ring = self.ring

    def ring(self):
        return "beep from " + self.label

    def __del__(self):
        print("alarm", self.label, "removed")


gc.collect()
b = Alarm("kitchen")
print(b.on_ring())
print("method holds instance:", b.on_ring.__self__ is b)
del b
print("after del (still in a cycle)")
print("collected:", gc.collect())


class WeakAlarm:
    def __init__(self, label):
        self.label = label
        self._ring = weakref.WeakMethod(self.ring)

    def ring(self):
        return "beep from " + self.label

    def trigger(self):
        method = self._ring()
        return method() if method is not None else None

    def __del__(self):
        print("alarm", self.label, "removed")


w = WeakAlarm("garage")
print(w.trigger())
del w
print("after del (no cycle)")
print("collected:", gc.collect())
