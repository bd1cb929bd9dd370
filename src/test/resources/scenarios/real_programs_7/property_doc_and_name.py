import gc
import sys

def _check_kelvin(value):
    if value < -273.15:
        raise ValueError("below absolute zero")
    return value


class Temperature:
    """Where a property's docstring comes from: the getter, the doc argument, or nowhere."""
    __init__ = lambda self, celsius: setattr(self, "_c", celsius)

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = _check_kelvin(value)

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="Degrees Fahrenheit, computed.")
    kelvin = property(lambda self: self._c + 273.15)
    plain = property(lambda self: "no docstring")

print(Temperature.celsius.__doc__)
print(Temperature.fahrenheit.__doc__)
print(Temperature.kelvin.__doc__, Temperature.plain.__doc__)
t = Temperature(21)
t.celsius = 25
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
print(len(gc.get_referents(Temperature.celsius)), len(gc.get_referents(Temperature.plain)))
print([type(r).__name__ for r in gc.get_referents(Temperature.fahrenheit)])
doc = Temperature.fahrenheit.__doc__
print(sys.getrefcount(doc) - sys.getrefcount("x y"))
p = property(None, None, None, "standalone")
print(p.__doc__, p.fget)
q = Temperature.__dict__["celsius"].getter(lambda self: 0)
print(q.__doc__)
for prop in (Temperature.plain, Temperature.celsius, Temperature.kelvin, property(None), property(None, doc="d")):
    print([r if isinstance(r, str) or r is None else type(r).__name__ for r in gc.get_referents(prop)])
