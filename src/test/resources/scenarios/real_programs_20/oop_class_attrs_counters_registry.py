class Vehicle:
    wheels = 4
    count = 0
    registry = []

    def __init__(self, plate):
        self.plate = plate
        Vehicle.count += 1
        type(self).registry.append(plate)

    @classmethod
    def fleet_size(cls):
        return len(cls.registry)

    def __repr__(self):
        return f"{type(self).__name__}({self.plate!r}, wheels={self.wheels})"


class Motorbike(Vehicle):
    wheels = 2
    registry = []


class Truck(Vehicle):
    def __init__(self, plate, axles):
        super().__init__(plate)
        self.wheels = axles * 2


fleet = [Vehicle("CAR-1"), Motorbike("MB-1"), Truck("TR-1", 3), Motorbike("MB-2"), Vehicle("CAR-2")]
print(fleet)
print("count:", Vehicle.count, Motorbike.count, "| registries:", Vehicle.registry, Motorbike.registry, Truck.registry)
print("fleet sizes:", Vehicle.fleet_size(), Motorbike.fleet_size(), Truck.fleet_size())
print("wheels:", [v.wheels for v in fleet], sum(v.wheels for v in fleet))
t = fleet[2]
print("truck own wheels:", vars(t), "class wheels:", Truck.wheels, "deleted ->", end=" ")
del t.wheels
print(t.wheels)
Vehicle.wheels = 6
print("after changing Vehicle.wheels:", [v.wheels for v in fleet])
fleet[0].count = 100
print("instance shadow:", fleet[0].count, Vehicle.count, "count" in vars(fleet[0]))
print("lookup chain:", [c.__name__ for c in Motorbike.__mro__], "wheels" in Motorbike.__dict__, "wheels" in Truck.__dict__)
print(getattr(Motorbike, "wheels"), hasattr(Truck, "fleet_size"), Truck.fleet_size.__self__ is Truck)
