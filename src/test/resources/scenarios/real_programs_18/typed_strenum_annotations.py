# 3.11 typing odds and ends: StrEnum, an Enum with tuple values, Optional and Union annotations read back.
from enum import StrEnum, auto, Enum
from typing import Optional, Union

MAX_USERS: int = 3

class Level(StrEnum):
    DEBUG = auto()
    INFO = auto()
    ERROR = "error!"

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2

def open_mode(mode: str) -> str:
    return {"r": "reading", "w": "writing"}[mode]

def find(users: list[str], name: str) -> Optional[int]:
    return users.index(name) if name in users else None

def scale(x: Union[int, float], by: int | float = 2) -> float:
    return x * by

print(Level.DEBUG, Level.INFO.upper(), Level.ERROR == "error!", Level("info") is Level.INFO)
print([lv.value for lv in Level], isinstance(Level.DEBUG, str), f"[{Level.INFO}]")
for p in Planet:
    print(f"{p.name:8} {p.gravity:6.2f}")
print(open_mode("w"), find(["a", "b"], "b"), find([], "z"), scale(3), scale(1.5, by=4))
print(open_mode.__annotations__)
print(find.__annotations__["return"], scale.__annotations__["by"])
users = []
for name in ["ann", "bob", "cat", "dan"]:
    if len(users) >= MAX_USERS:
        print("full, rejected", name)
        continue
    users.append(name)
print(users)
