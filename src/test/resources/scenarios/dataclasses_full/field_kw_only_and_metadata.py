# field(kw_only=True) and field(metadata=...): metadata is a read-only mappingproxy of the dict.
import sys
from dataclasses import dataclass, field, fields

units = {"unit": "kg", "min": 0}

@dataclass
class Parcel:
    weight: float = field(metadata=units)
    code: str = field(kw_only=True, default="X")
    dest: str = "home"

p = Parcel(2.5, "shop", code="A1")
print(p)
f = fields(Parcel)[0]
print(f.name, f.metadata["unit"], sorted(f.metadata.items()), type(f.metadata).__name__)
try:
    f.metadata["unit"] = "g"
except TypeError as e:
    print(e)
print(sys.getrefcount(units), fields(Parcel)[1].kw_only, fields(Parcel)[2].kw_only)
print(len(fields(Parcel)[2].metadata), [x.name for x in fields(p)])
