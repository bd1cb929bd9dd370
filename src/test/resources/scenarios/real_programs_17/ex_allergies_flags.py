# Exercism-style allergies with enum.Flag: a score is a bit set of allergens.
from enum import Flag, auto


class Allergen(Flag):
    EGGS = auto()
    PEANUTS = auto()
    SHELLFISH = auto()
    STRAWBERRIES = auto()
    TOMATOES = auto()
    CHOCOLATE = auto()
    POLLEN = auto()
    CATS = auto()


class Allergies:
    def __init__(self, score):
        self.flags = Allergen(score & 255)

    def allergic_to(self, item):
        return Allergen[item.upper()] in self.flags

    @property
    def lst(self):
        return [a.name.lower() for a in Allergen if a in self.flags]


for score in (0, 1, 5, 34, 248, 255, 509, 257):
    a = Allergies(score)
    print(f"{score:>3} {a.flags.value:>3} {a.lst}")
a = Allergies(5)
print(a.allergic_to("eggs"), a.allergic_to("peanuts"), a.allergic_to("shellfish"))
print(Allergen.EGGS | Allergen.CATS, (Allergen.EGGS | Allergen.CATS).value, Allergen(0), bool(Allergen(0)))
print(Allergen.EGGS in (Allergen.EGGS | Allergen.POLLEN), ~Allergen.EGGS & Allergen.PEANUTS)
try:
    a.allergic_to("dust")
except KeyError as e:
    print("KeyError:", e)
