from abc import ABC, abstractmethod


class Vehicle(ABC):
    wheels = 4

    def __init__(self, plate):
        self.plate = plate

    @property
    @abstractmethod
    def size(self):
        ...

    def __repr__(self):
        return f"{type(self).__name__}({self.plate!r})"


class Motorbike(Vehicle):
    wheels = 2
    size = 1


class Car(Vehicle):
    size = 2


class Bus(Vehicle):
    wheels = 6
    size = 4


class ParkingLot:
    def __init__(self, capacity):
        self.capacity = capacity
        self.spots = [None] * capacity

    def park(self, v):
        run = 0
        for i, s in enumerate(self.spots):
            run = run + 1 if s is None else 0
            if run == v.size:
                start = i - v.size + 1
                for j in range(start, i + 1):
                    self.spots[j] = v
                return start
        raise RuntimeError(f"no room for {v!r}")

    def leave(self, plate):
        freed = 0
        for i, s in enumerate(self.spots):
            if s is not None and s.plate == plate:
                self.spots[i] = None
                freed += 1
        return freed

    def __str__(self):
        return "".join("." if s is None else type(s).__name__[0] for s in self.spots)


lot = ParkingLot(10)
for v in [Car("C1"), Motorbike("M1"), Bus("B1"), Car("C2"), Bus("B2")]:
    try:
        print(v, "at", lot.park(v), str(lot))
    except RuntimeError as e:
        print(e)
print("freed", lot.leave("M1"), lot.leave("B1"), str(lot))
print(lot.park(Bus("B2")), str(lot))
print(sum(v.wheels for v in set(s for s in lot.spots if s)))
try:
    Vehicle("X")
except TypeError as e:
    print("TypeError:", e)
