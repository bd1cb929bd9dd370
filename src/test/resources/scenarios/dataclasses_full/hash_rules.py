# dataclasses' hash table: eq alone makes instances unhashable, frozen makes them hashable, an
# explicit __hash__ is kept, unsafe_hash with one raises.
from dataclasses import dataclass, field

@dataclass
class Plain:
    a: int

@dataclass(frozen=True)
class Frozen:
    a: int
    b: list = field(default=None, hash=False, compare=False)

@dataclass(frozen=True)
class OwnHash:
    a: int
    def __hash__(self):
        return 42

@dataclass(frozen=True, eq=False)
class NoEq:
    a: int

print(Plain.__hash__, Frozen(1) == Frozen(1, [1]), hash(Frozen(1, [1])) == hash((1,)))
print(hash(OwnHash(7)), NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
try:
    hash(Plain(1))
except TypeError as e:
    print(e)
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int
        def __hash__(self):
            return 0
except TypeError as e:
    print(e)
