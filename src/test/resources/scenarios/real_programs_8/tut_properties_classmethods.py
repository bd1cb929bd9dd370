class Temperature:
    scale = "C"
    count = 0
    def __init__(self, celsius=0.0):
        self._celsius = celsius
        Temperature.count += 1
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def is_freezing(c):
        return c <= 0

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.fahrenheit, Temperature.is_freezing(t.celsius))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
b = Temperature.from_fahrenheit(212)
print(round(b.celsius, 2), Temperature.count, type(b).__name__)
del t.celsius
print(hasattr(t, "_celsius"), isinstance(Temperature.__dict__["from_fahrenheit"], classmethod))
print(type(Temperature.celsius).__name__, Temperature.is_freezing(5))
