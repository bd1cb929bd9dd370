# fields() returns a tuple of Field objects, one per field, with name, type, default and flags.
import sys
from dataclasses import dataclass, field, fields, MISSING

@dataclass
class Config:
    host: str
    port: int = 8080
    debug: bool = field(default=False, repr=False)
    paths: list = field(default_factory=list, compare=False)

fs = fields(Config)
print(type(fs).__name__, len(fs), [f.name for f in fs])
for f in fs:
    print(f.name, f.type.__name__, f.default is MISSING, f.default_factory is MISSING, f.repr, f.compare, f.init, f.hash)
print(fs[1].default, fs[3].default_factory is list, fields(Config("h")) == fs)
print(fields(Config("h"))[0] is fs[0], sys.getsizeof(fs))
try:
    fields(42)
except TypeError as e:
    print(e)
for f in fields(Config("x", 1)):
    print(f.name, "=", getattr(Config("x", 1), f.name))
