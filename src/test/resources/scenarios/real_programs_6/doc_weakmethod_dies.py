import weakref

class Sensor:
    def __init__(self, name):
        self.name = name
    def read(self):
        return f"{self.name}: 21.5"

s = Sensor("kitchen")
plain = weakref.ref(s.read)
print(plain())
wm = weakref.WeakMethod(s.read)
m = wm()
print(m(), m.__self__ is s)
del m
print(wm() is not None)
del s
print(wm())
