# Units as NewTypes keep meters and feet apart for a checker; the values are floats.
from typing import NewType

Meters = NewType("Meters", float)
Feet = NewType("Feet", float)


def to_feet(m: Meters) -> Feet:
    return Feet(m * 3.28084)


def total(ds: list[Meters]) -> Meters:
    return Meters(sum(ds))


legs = [Meters(1200.0), Meters(850.5), Meters(42.0)]
t = total(legs)
print(t, round(to_feet(t), 1), type(t).__name__)
print(sorted(legs), max(legs))
print(Meters, Feet.__supertype__)
converters = {Meters: "m", Feet: "ft"}
print(converters[Meters], converters[Feet], len(converters))
