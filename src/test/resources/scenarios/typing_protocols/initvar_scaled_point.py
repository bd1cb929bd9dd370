# InitVars with defaults scale the stored fields; equality ignores them.
from dataclasses import dataclass, InitVar, astuple, replace


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        object.__setattr__(self, "x", self.x * scale)
        object.__setattr__(self, "y", self.y * scale)


a = Point(1, 2)
b = Point(0.5, 1, scale=2)
print(a, b, a == b, hash(a) == hash(b))
print(astuple(b))
print(Point.scale)
c = replace(a, scale=3)
print(c)


@dataclass
class Celsius:
    value: float
    from_fahrenheit: InitVar[bool] = False

    def __post_init__(self, from_fahrenheit):
        if from_fahrenheit:
            self.value = round((self.value - 32) * 5 / 9, 2)


print(Celsius(100), Celsius(212, True), Celsius(212, from_fahrenheit=True) == Celsius(100))
try:
    Celsius()
except TypeError as e:
    print("TypeError:", e)
