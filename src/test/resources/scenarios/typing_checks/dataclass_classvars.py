# A dataclass that counts its instances in a ClassVar and keeps a registry shared by all of them.
import sys
from dataclasses import asdict, dataclass, field, fields, replace
from typing import ClassVar


@dataclass(order=True)
class Ticket:
    issued: ClassVar[int] = 0
    registry: ClassVar[list] = []
    prefix: "ClassVar[str]" = "T"
    number: int
    title: str = "untitled"
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        Ticket.issued += 1
        Ticket.registry.append(self.number)


@dataclass(frozen=True, slots=True)
class Limit:
    maximum: ClassVar[int] = 10
    value: int = 0


@dataclass
class Urgent(Ticket):
    level: int = 1


a = Ticket(2, "printer")
b = Ticket(1)
u = Urgent(3, "fire", level=5)
print(a, b, u)
print(sorted([a, b]), a == Ticket(2, "printer"), Ticket.issued, Ticket.registry)
print([f.name for f in fields(Ticket)], [f.name for f in fields(Urgent)])
print(list(Ticket.__dataclass_fields__), list(Urgent.__dataclass_fields__))
print(Ticket.__dataclass_fields__["issued"].default, Ticket.__dataclass_fields__["issued"].type)
print(asdict(u), replace(a, title="scanner"), Ticket.issued)
print(Limit(3), Limit.maximum, Limit.__slots__, Ticket.__match_args__)
print(sys.getrefcount(Ticket.registry))
try:
    Ticket(4, issued=3)
except TypeError as e:
    print(e)
