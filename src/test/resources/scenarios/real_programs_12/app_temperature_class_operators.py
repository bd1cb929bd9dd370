from functools import total_ordering


@total_ordering
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls(0)
        t.fahrenheit = f
        return t

    def __eq__(self, other):
        return self.celsius == other.celsius

    def __lt__(self, other):
        return self.celsius < other.celsius

    def __add__(self, delta):
        return Temperature(self.celsius + delta)

    def __repr__(self):
        return f"Temperature({self.celsius:.1f}°C / {self.fahrenheit:.1f}°F)"


readings = [Temperature(21.5), Temperature.from_fahrenheit(50), Temperature(-3), Temperature(37)]
print(sorted(readings))
print(max(readings), min(readings))
print(Temperature(10) <= Temperature(10), Temperature(5) > Temperature(6))
t = readings[0] + 2.5
print(t, t >= readings[0])
