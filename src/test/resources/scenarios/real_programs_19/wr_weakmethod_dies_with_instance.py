# weakref.ref to a bound method dies immediately; WeakMethod does not.
import weakref


class Sensor:
    def __init__(self, name):
        self.name = name

    def read(self):
        return self.name + ":42"


s = Sensor("temp")
plain = weakref.ref(s.read)
print("plain ref to bound method:", plain())
wm = weakref.WeakMethod(s.read)
m = wm()
print("WeakMethod gives:", m())
del m
print("still alive:", wm() is not None)
print("equal WeakMethods:", wm == weakref.WeakMethod(s.read))

fired = []
wm2 = weakref.WeakMethod(s.read, lambda r: fired.append("callback"))
del s
print("after instance dies:", wm(), wm2(), fired)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
