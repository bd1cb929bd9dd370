class Temperature:
    """Celsius stored; Fahrenheit and Kelvin computed."""

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: {}".format(value))
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    kelvin = property(lambda self: self._c + 273.15, doc="Kelvin, read only")

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        rest = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        val = {"C": self.celsius, "F": self.fahrenheit, "K": self.kelvin}[unit]
        return format(val, rest or ".1f") + "°" + unit


t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(f"{t} | {t:F} | {t:.3K} | {t:>8.0fC}")
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.kelvin.__doc__, type(Temperature.__dict__["celsius"]).__name__)
print(sorted(k for k in vars(t)))
