from enum import Flag, IntEnum, Enum, auto, unique


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5


@unique
class Color(Enum):
    RED = "r"
    GREEN = "g"

    @property
    def label(self):
        return self.name.title()

    @classmethod
    def parse(cls, s):
        for c in cls:
            if c.value == s or c.name == s.upper():
                return c
        raise ValueError(f"no colour {s!r}")


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.X & rw), Perm.RWX & ~Perm.W)
print(Perm(6), Perm(0), Perm.RWX.value, [p.name for p in Perm])
print(Weekday.WED + 1, Weekday.FRI > Weekday.MON, sorted([Weekday.FRI, Weekday.TUE]), Weekday(4).name)
print(Color.parse("g"), Color.parse("red").label, Color.RED.value, list(Color.__members__))
try:
    Color.parse("blue")
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, f"{p.surface_gravity:.2f}")
