import gc
import sys


class Celsius:
    def __get__(self, obj, objtype=None):
        return (obj.fahrenheit - 32) * 5 / 9

    def __set__(self, obj, value):
        obj.fahrenheit = value * 9 / 5 + 32


class Thermometer:
    celsius = Celsius()

    def __init__(self, fahrenheit):
        self.fahrenheit = fahrenheit


gc.collect()
t = Thermometer(212)
print(t.celsius)
t.celsius = 37
print(round(t.fahrenheit, 1), round(t.celsius, 1))
readings = [Thermometer(f) for f in (32, 50, 98.6)]
print([round(r.celsius, 2) for r in readings])
print(sys.getsizeof(t), sys.getrefcount(t))
print(gc.get_count())
del readings
print(gc.get_count())
