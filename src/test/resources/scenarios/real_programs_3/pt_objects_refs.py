import sys

class Dog:
    species = "canis"
    def __init__(self, name, tricks=None):
        self.name = name
        self.tricks = tricks if tricks is not None else []

rex = Dog("Rex")
fido = Dog("Fido")
rex.tricks.append("roll")
print(rex.tricks, fido.tricks)
buddy = rex
buddy.name = "Buddy"
print(rex.name, buddy is rex)
print(sys.getrefcount(rex))
pack = [rex, fido, rex]
print(sys.getrefcount(rex), sys.getrefcount(fido))
Dog.species = "wolf"
print(rex.species, fido.species)
rex.species = "dog"
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
print(sorted(rex.__dict__), type(rex).__name__)
