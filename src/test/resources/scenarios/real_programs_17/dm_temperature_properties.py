# Properties with validation and conversion, a class-level counter, and __format__ for units.
class Temperature:
    ABSOLUTE_ZERO = -273.15
    readings = 0

    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature.readings += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < self.ABSOLUTE_ZERO:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = float(value)

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._celsius = 0.0

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._celsius - self.ABSOLUTE_ZERO

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        number_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.celsius, "F": self.fahrenheit, "K": self.kelvin}[unit]
        return format(value, number_spec or ".1f") + "°" + unit

    def __repr__(self):
        return f"Temperature({self._celsius!r})"

    def __lt__(self, other):
        return self.celsius < other.celsius


t = Temperature(25)
print(t, t.celsius, t.fahrenheit, round(t.kelvin, 2))
print(f"{t} | {t:F} | {t:.3K} | {t:>8.0fC}|")
t.fahrenheit = 212
print(repr(t), f"{t:.0F}")
for bad in (-300, "hot"):
    try:
        t.celsius = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
del t.celsius
print(t)
body = Temperature.from_fahrenheit(98.6)
print(f"{body:.2C}", Temperature.readings)
print(sorted([Temperature(30), body, Temperature(-5)]), min(Temperature(1), Temperature(0)))
print(type(Temperature.celsius).__name__, Temperature.celsius.fset.__name__, Temperature.kelvin.fset)
try:
    t.kelvin = 10
except AttributeError as e:
    print("AttributeError:", e)
