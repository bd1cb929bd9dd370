# A mutable default (any unhashable object) is refused: use default_factory instead.
from dataclasses import dataclass, field

for attempt in ("list", "dict", "instance", "both"):
    try:
        if attempt == "list":
            @dataclass
            class A:
                items: list = []
        elif attempt == "dict":
            @dataclass
            class B:
                table: dict = field(default={})
        elif attempt == "instance":
            @dataclass
            class Inner:
                v: int

            @dataclass
            class C:
                inner: Inner = Inner(1)
        else:
            @dataclass
            class D:
                v: list = field(default=None, default_factory=list)
    except ValueError as e:
        print(attempt, e)

@dataclass(frozen=True)
class Origin:
    x: int = 0

@dataclass
class Sprite:
    pos: Origin = Origin()

print(Sprite(), Sprite().pos is Sprite().pos)
