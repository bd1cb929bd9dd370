from enum import Enum, IntEnum, auto, unique

@unique
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

for p in Planet:
    print(f"{p.name:8} g={p.gravity:6.2f}")
print(Planet["EARTH"] is Planet.EARTH, Planet((5.976e24, 6.37814e6)).name)
tasks = [("docs", Priority.LOW), ("bug", Priority.HIGH), ("review", Priority.MEDIUM)]
for name, prio in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{prio.name:6} {int(prio)} {name}")
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, list(Priority))
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)
