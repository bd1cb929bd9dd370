import gc
import math


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @property
    def kelvin(self):
        return self.celsius + 273.15

    def __eq__(self, other):
        return math.isclose(self.celsius, other.celsius)

    def __lt__(self, other):
        return self.celsius < other.celsius

    def __repr__(self):
        return f"{self.celsius:.1f}°C"


gc.collect()
print(f"{'C':>6} {'F':>7} {'K':>8}")
for c in range(-40, 101, 35):
    t = Temperature(c)
    print(f"{t.celsius:>6} {t.fahrenheit:>7.1f} {t.kelvin:>8.2f}")
readings = [Temperature(21.5), Temperature.from_fahrenheit(50), Temperature(-3), Temperature.from_fahrenheit(98.6)]
print(sorted(readings), min(readings), max(readings))
print(Temperature(100) == Temperature.from_fahrenheit(212))
print(f"{math.pi:.4f} {math.e:10.3e} {math.sqrt(2):+.3f} {math.floor(-2.5)} {math.ceil(2.1)}")
print(f"{1234567.891:,.2f} {0.256:.1%} {255:#o} {255:08b} {42:^9}|")
print("collected:", gc.collect())
