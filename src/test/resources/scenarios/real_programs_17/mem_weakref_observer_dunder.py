# A temperature sensor that notifies observers held weakly; observers compare and hash by name.
import weakref
import gc
import sys


class Sensor:
    def __init__(self, name):
        self.name = name
        self._observers = weakref.WeakSet()
        self._value = None

    def attach(self, observer):
        self._observers.add(observer)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        old, self._value = self._value, new
        for obs in sorted(self._observers, key=lambda o: o.name):
            obs.update(self, old, new)

    def __len__(self):
        return len(self._observers)


class Display:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def update(self, sensor, old, new):
        self.seen.append(new)
        print(f"  {self.name}: {sensor.name} {old} -> {new}")

    def __eq__(self, other):
        return isinstance(other, Display) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Display({self.name!r})"

    def __del__(self):
        print(f"  {self.name} is gone")


s = Sensor("kitchen")
lcd, phone = Display("lcd"), Display("phone")
s.attach(lcd)
s.attach(phone)
s.attach(Display("lcd"))
print(len(s), sys.getrefcount(lcd))
s.value = 21.5
del phone
print(len(s))
s.value = 22.0
logger = Display("logger")
logger.me = logger
s.attach(logger)
del logger
print(len(s))
s.value = 23.5
print(gc.collect(), len(s))
s.value = 19.0
print(lcd.seen)
r = weakref.ref(lcd)
print(r() == Display("lcd"), r() is lcd)
del lcd
print(r(), len(s))
