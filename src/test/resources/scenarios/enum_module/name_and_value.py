from enum import Enum

class Planet(Enum):
    MERCURY = "small"
    JUPITER = "large"

p = Planet.JUPITER
print(p.name, p.value)
print(type(p.name).__name__, type(p.value).__name__)
print(Planet.MERCURY.name.lower())
