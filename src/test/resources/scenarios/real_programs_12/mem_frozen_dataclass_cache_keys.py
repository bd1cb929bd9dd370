from dataclasses import dataclass, FrozenInstanceError
import sys


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

    def moved(self, dlat, dlon):
        return Coord(self.lat + dlat, self.lon + dlon)


distances = {}
home = Coord(51.5, -0.1)
work = Coord(51.52, -0.08)
distances[(home, work)] = 3.2
print(distances[(Coord(51.5, -0.1), Coord(51.52, -0.08))])
print(hash(home) == hash(Coord(51.5, -0.1)), home == Coord(51.5, -0.1), home is Coord(51.5, -0.1))
try:
    home.lat = 0
except FrozenInstanceError as e:
    print("frozen:", e)
print(home.moved(0.5, 0.5))
print(sys.getrefcount(home))
seen = {home, work, Coord(51.5, -0.1)}
print(len(seen))
print(sorted(seen, key=lambda c: c.lon))
