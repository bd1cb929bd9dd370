# A temperature that is a float, with a conversion method.
import sys


class Celsius(float):
    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self)}°C"


t = Celsius(21.5)
print(t, repr(t), t.to_fahrenheit())
print(f"{t:.1f}", format(t, ".3f"), round(t), round(t, 0))
print(t + 1, type(t + 1).__name__, -t, abs(Celsius(-3.5)))
print(t > 20, t < 20, t == 21.5, max(Celsius(3.0), Celsius(4.5)))
print(sys.getsizeof(t), sys.getrefcount(t))
print(int(t), float(t), type(float(t)).__name__)
t.place = "kitchen"
print(t.place, t.__dict__, sys.getsizeof(t))
readings = [Celsius(19.0), Celsius(22.5), Celsius(20.25)]
print(sorted(readings), sum(readings), min(readings))
