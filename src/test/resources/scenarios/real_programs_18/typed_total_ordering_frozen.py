# total_ordering on a Money class, a frozen dataclass as dict key, and sorting mixed records.
from functools import total_ordering
from dataclasses import dataclass

@total_ordering
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"cannot compare {self.currency} with {other.currency}")
        return None

    def __eq__(self, other):
        bad = self._check(other)
        return bad if bad is not None else self.cents == other.cents

    def __lt__(self, other):
        bad = self._check(other)
        return bad if bad is not None else self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __add__(self, other):
        return Money(self.cents + other.cents, self.currency)

    def __repr__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

prices = [Money(1999), Money(500), Money(12000), Money(500)]
print(sorted(prices), max(prices), min(prices))
print(Money(1) <= Money(1), Money(2) >= Money(3), Money(5) > Money(4), Money(1) != Money(1))
print(sum(prices[1:], prices[0]), len(set(prices)))
try:
    Money(1) < Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(Money(1) == 1)
visits = {Coord(48.85, 2.35): "Paris", Coord(51.5, -0.12): "London"}
print(visits[Coord(48.85, 2.35)], Coord(1, 2) == Coord(1.0, 2.0), hash(Coord(1, 2)) == hash(Coord(1, 2)))
print(sorted(visits, key=lambda c: c.lon))
