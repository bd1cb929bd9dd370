import weakref
import gc

class Sensor:
    def __init__(self, name):
        self.name = name
    def read(self):
        return f"{self.name}: 21C"

s = Sensor("kitchen")
r = weakref.ref(s.read)
print("plain ref to bound method is dead:", r() is None)
wm = weakref.WeakMethod(s.read)
print("WeakMethod alive:", wm() is not None, wm()())
m1 = s.read
m2 = s.read
print("equal methods:", m1 == m2, "same:", m1 is m2)
print("__func__ shared:", m1.__func__ is Sensor.read)
del m1, m2
del s
print("WeakMethod after del:", wm())
gc.collect()
print("still none:", wm() is None)
