class Temperature:
    count = 0
    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature.count += 1
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
    def is_freezing(c):
        return c <= 0
    def __repr__(self):
        return f"{self.__class__.__name__}({self.celsius:.1f})"

t = Temperature(25)
print(t, t.fahrenheit)
t.celsius = -10
print(t, Temperature.is_freezing(t.celsius))
b = Temperature.from_fahrenheit(212)
print(b, Temperature.count)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, isinstance(Temperature.__dict__["from_fahrenheit"], classmethod))
