# class vs instance attributes, classmethod, staticmethod, property
class Temperature:
    unit = "C"
    instances = 0

    def __init__(self, celsius):
        self._celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe():
        return "temperature in " + Temperature.unit

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(f"{t.fahrenheit:.1f}")
t2 = Temperature.from_fahrenheit(212)
print(round(t2.celsius, 2), Temperature.instances, Temperature.describe())
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
t.unit = "K"
print(t.unit, Temperature.unit, t2.unit)
print(vars(t))
print(getattr(t, "missing", "default"), hasattr(t, "celsius"))
