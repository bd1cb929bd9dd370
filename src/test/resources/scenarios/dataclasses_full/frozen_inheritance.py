# Frozen dataclasses derive only from frozen ones, and the other way round.
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class Base:
    id: int

@dataclass(frozen=True)
class Named(Base):
    name: str = "?"

n = Named(1, "one")
print(n, n == Named(1, "one"), hash(n) == hash((1, "one")), isinstance(n, Base))
try:
    n.id = 2
except FrozenInstanceError as e:
    print(e)
try:
    @dataclass
    class Loose(Base):
        extra: int = 0
except TypeError as e:
    print(e)

@dataclass
class Mutable:
    x: int

try:
    @dataclass(frozen=True)
    class Stiff(Mutable):
        y: int = 0
except TypeError as e:
    print(e)

class Plain(Base):
    pass

p = Plain(5)
p.note = "subclass instances may gain attributes"
print(p, p.note)
try:
    p.id = 9
except FrozenInstanceError as e:
    print(e)
