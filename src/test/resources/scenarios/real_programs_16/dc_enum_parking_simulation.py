# Dataclasses and enums in a small parking-lot simulation with a fixed event script.
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto


class Size(Enum):
    MOTO = auto()
    CAR = auto()
    VAN = auto()

    def fits(self, spot):
        return self.value <= spot.value


@dataclass
class Vehicle:
    plate: str
    size: Size


@dataclass(order=True)
class Spot:
    number: int
    size: Size = field(compare=False)
    occupant: Vehicle = field(default=None, compare=False, repr=False)

    @property
    def free(self):
        return self.occupant is None


@dataclass
class Lot:
    spots: list = field(default_factory=list)
    revenue: int = 0
    history: list = field(default_factory=list)

    def park(self, v):
        for s in sorted(self.spots):
            if s.free and v.size.fits(s.size):
                s.occupant = v
                self.history.append(("in", v.plate, s.number))
                return s
        self.history.append(("full", v.plate, None))
        return None

    def leave(self, plate, hours):
        for s in self.spots:
            if s.occupant and s.occupant.plate == plate:
                fee = hours * {Size.MOTO: 1, Size.CAR: 3, Size.VAN: 5}[s.occupant.size]
                self.revenue += fee
                s.occupant = None
                self.history.append(("out", plate, fee))
                return fee


lot = Lot([Spot(3, Size.VAN), Spot(1, Size.MOTO), Spot(2, Size.CAR), Spot(4, Size.CAR)])
events = [Vehicle("M-1", Size.MOTO), Vehicle("C-1", Size.CAR), Vehicle("V-1", Size.VAN),
          Vehicle("C-2", Size.CAR), Vehicle("V-2", Size.VAN)]
for v in events:
    spot = lot.park(v)
    print(f"{v.plate:<4} {v.size.name:<5} -> {spot.number if spot else 'FULL'}")
print(lot.leave("C-1", 3), lot.leave("V-1", 2), lot.leave("ZZZ", 1))
print(lot.park(Vehicle("V-2", Size.VAN)))
print("revenue", lot.revenue)
for h in lot.history:
    print(" ", h)
print(asdict(Vehicle("X", Size.CAR)))
print(replace(lot.spots[0], number=9))
print([s.number for s in sorted(lot.spots)], [s.free for s in lot.spots])
print(list(Size), Size["CAR"], Size(3), Size.CAR.fits(Size.MOTO))
