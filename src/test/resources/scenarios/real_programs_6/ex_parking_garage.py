class Vehicle:
    size = 1
    def __init__(self, plate):
        self.plate = plate
    def __repr__(self):
        return f"{type(self).__name__}({self.plate!r})"

class Motorbike(Vehicle):
    size = 1

class Car(Vehicle):
    size = 2

class Bus(Vehicle):
    size = 4

class Garage:
    def __init__(self, spots):
        self.spots = [None] * spots

    def park(self, v):
        run = 0
        for i, s in enumerate(self.spots):
            run = run + 1 if s is None else 0
            if run == v.size:
                start = i - v.size + 1
                for j in range(start, i + 1):
                    self.spots[j] = v
                return start
        return None

    def leave(self, plate):
        freed = 0
        for i, s in enumerate(self.spots):
            if s is not None and s.plate == plate:
                self.spots[i] = None
                freed += 1
        return freed

    def show(self):
        return "".join("." if s is None else type(s).__name__[0] for s in self.spots)

g = Garage(10)
for v in [Car("C1"), Motorbike("M1"), Bus("B1"), Car("C2"), Car("C3")]:
    print(v, "->", g.park(v), g.show())
print(g.leave("M1"), g.show())
print(g.park(Car("C4")), g.park(Motorbike("M2")), g.show())
