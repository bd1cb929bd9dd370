# Dataclass features in a recipe scaler: frozen, __post_init__, field(default_factory), fields().
from dataclasses import dataclass, field, fields, astuple, asdict, FrozenInstanceError, replace


@dataclass(frozen=True)
class Ingredient:
    name: str
    qty: float
    unit: str = "g"

    def scaled(self, k):
        return replace(self, qty=round(self.qty * k, 2))


@dataclass
class Recipe:
    title: str
    serves: int
    items: list = field(default_factory=list)
    notes: str = field(default="", repr=False)
    slug: str = field(init=False)

    def __post_init__(self):
        if self.serves <= 0:
            raise ValueError("serves must be positive")
        self.slug = self.title.lower().replace(" ", "-")

    def for_people(self, n):
        k = n / self.serves
        return Recipe(self.title, n, [i.scaled(k) for i in self.items], self.notes)

    def show(self):
        print(f"== {self.title} (serves {self.serves}) ==")
        for i in self.items:
            print(f"  {i.qty:>7.2f} {i.unit:<4} {i.name}")


pancakes = Recipe("Fluffy Pancakes", 4, [Ingredient("flour", 200), Ingredient("milk", 300, "ml"),
                                          Ingredient("egg", 2, "pc"), Ingredient("sugar", 25)])
pancakes.show()
pancakes.for_people(6).show()
print(pancakes.slug, repr(pancakes)[:60])
egg = pancakes.items[2]
try:
    egg.qty = 3
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(egg) == hash(Ingredient("egg", 2, "pc")), egg == Ingredient("egg", 2.0, "pc"))
print([f.name for f in fields(Recipe)], [f.name for f in fields(egg)])
print(astuple(egg), asdict(pancakes)["items"][1])
try:
    Recipe("Nothing", 0)
except ValueError as e:
    print("ValueError:", e)
print({Ingredient("salt", 1), Ingredient("salt", 1), Ingredient("salt", 2)} == {Ingredient("salt", 1), Ingredient("salt", 2)})
r2 = Recipe("Toast", 1)
r2.items.append(Ingredient("bread", 1, "sl"))
print(Recipe("Tea", 1).items, r2)
