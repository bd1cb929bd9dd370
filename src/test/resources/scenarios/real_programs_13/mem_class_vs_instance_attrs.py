class Robot:
    species = "droid"
    parts = []
    count = 0

    def __init__(self, name):
        self.name = name
        Robot.count += 1

    def add_part(self, part):
        self.parts.append(part)

r1 = Robot("R2")
r2 = Robot("C3")
r1.add_part("wheel")
r2.add_part("arm")
print("shared parts:", r1.parts, r2.parts is Robot.parts)
r1.species = "astromech"
print("r1:", r1.species, "r2:", r2.species, "class:", Robot.species)
print("r1 dict:", sorted(vars(r1)))
print("r2 dict:", sorted(vars(r2)))
del r1.species
print("after del r1.species:", r1.species)
r2.count = 100
print("count:", Robot.count, r1.count, r2.count)
r1.parts = ["own"]
print("r1 own parts:", r1.parts, "class parts:", Robot.parts)
print("'parts' in class dict:", "parts" in Robot.__dict__, "in r2 dict:", "parts" in r2.__dict__)
