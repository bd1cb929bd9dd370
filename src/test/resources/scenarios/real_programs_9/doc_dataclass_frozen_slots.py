from dataclasses import dataclass, field, FrozenInstanceError, fields, astuple
import sys


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

    def moved(self, dlat=0.0, dlon=0.0):
        return Coord(self.lat + dlat, self.lon + dlon)


@dataclass(slots=True)
class Particle:
    x: float
    y: float
    vx: float = 0.0
    vy: float = 0.0

    def step(self, dt=1.0):
        self.x += self.vx * dt
        self.y += self.vy * dt


@dataclass
class Team:
    name: str
    members: list = field(default_factory=list)
    _secret: str = field(default="", repr=False)


c = Coord(51.5, -0.1)
print(c, c.moved(dlat=1), hash(c) == hash(Coord(51.5, -0.1)), {c, Coord(51.5, -0.1)} == {c})
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
p = Particle(0, 0, 1.5, -2)
for _ in range(3):
    p.step(0.5)
print(p, hasattr(p, "__dict__"), Particle.__slots__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
t = Team("blue", _secret="x")
t.members.append("ann")
print(t, [f.name for f in fields(t)], astuple(t))
print(Team("red") == Team("red"), Team("red").members is Team("red").members)
print(sys.getsizeof(p) < sys.getsizeof(t) + sys.getsizeof(t.__dict__))
