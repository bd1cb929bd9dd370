# asdict() recurses into nested dataclasses, lists, tuples and dicts, building new containers.
import gc
import sys
from dataclasses import dataclass, field, asdict

@dataclass
class Address:
    street: str
    city: str

@dataclass
class Person:
    name: str
    address: Address
    phones: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)

p = Person("Ann", Address("Main St", "Oslo"), ["123", "456"], {"age": 30, "pets": ("cat",)})
d = asdict(p)
print(d)
print(type(d["address"]).__name__, d["phones"] == p.phones, d["phones"] is p.phones)
print(d["extra"]["pets"] is p.extra["pets"], d["name"] is p.name)
print(sys.getsizeof(d), sys.getsizeof(d["address"]), sys.getsizeof(d["phones"]), sys.getsizeof(d["extra"]))
print(gc.is_tracked(d), gc.is_tracked(d["address"]), gc.is_tracked(d["extra"]))
print(sys.getrefcount(p.address), sys.getrefcount(p.phones))
gc.collect()
people = [Person("P%d" % i, Address("S", "C")) for i in range(3)]
rows = [asdict(x) for x in people]
print(rows[2], len(rows))
del rows
print(gc.collect())
