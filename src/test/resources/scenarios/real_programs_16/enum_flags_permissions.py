# Enums in a small permission system: Flag combinations, IntEnum comparisons, unique, iteration.
from enum import Enum, IntEnum, Flag, auto, unique


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Level(IntEnum):
    GUEST = 1
    USER = 2
    ADMIN = 3


@unique
class Color(Enum):
    RED = "#f00"
    GREEN = "#0f0"
    BLUE = "#00f"

    @property
    def rgb(self):
        return tuple(int(c * 2, 16) for c in self.value[1:])


users = {"ann": (Level.ADMIN, Perm.ALL), "bob": (Level.USER, Perm.RW), "cy": (Level.GUEST, Perm.READ)}
for name, (lvl, perm) in users.items():
    can = [p.name for p in (Perm.READ, Perm.WRITE, Perm.EXEC) if p in perm]
    print(f"{name:<4}{lvl.name:<6}{int(lvl)} {can} {perm.value}")
print(Perm.READ | Perm.EXEC, Perm.RW & Perm.WRITE, bool(Perm.READ & Perm.EXEC))
print(Level.ADMIN > Level.USER, Level.USER + 1, sorted([Level.ADMIN, Level.GUEST]), Level(2))
print([c.name for c in Color], Color("#0f0"), Color.BLUE.rgb, Color.RED.value)
print(Color["GREEN"] is Color.GREEN, isinstance(Color.RED, Color), len(Color))
try:
    Color("#fff")
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(list(Level.__members__), Level.USER == 2, Level.USER is Level(2))
ticket = {Level.GUEST: 0, Level.USER: 5, Level.ADMIN: 10}
print(sum(ticket[l] for l, _ in users.values()), max(l for l, _ in users.values()).name)
print(repr(Perm.RW), repr(Level.GUEST), str(Color.RED), f"{Level.ADMIN}")
