import sys


class Dog:
    species = "canis familiaris"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)


a = Dog("Rex")
b = Dog("Fido")
a.add_trick("roll over")
print("tricks" in a.__dict__, "tricks" in Dog.__dict__)
print(b.tricks, Dog.__dict__["tricks"] is b.tricks)
a.species = "wolf"
print("species" in a.__dict__, a.species, Dog.__dict__["species"], b.species)
del a.species
print(a.species, "species" in vars(a))
print(sys.getrefcount(Dog.__dict__["tricks"]))
for name in ("name", "species", "add_trick"):
    where = "instance" if name in a.__dict__ else "class" if name in Dog.__dict__ else "nowhere"
    print(name, "->", where)
