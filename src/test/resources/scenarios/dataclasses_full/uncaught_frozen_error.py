# An uncaught FrozenInstanceError ends the program with its qualified name.
from dataclasses import dataclass

@dataclass(frozen=True)
class Limit:
    value: int

limit = Limit(10)
print(limit)
limit.value = 11
print("never printed")
