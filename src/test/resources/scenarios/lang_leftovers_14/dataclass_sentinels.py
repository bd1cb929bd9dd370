# dataclasses.MISSING and KW_ONLY are instances of private classes of the module.
import dataclasses
import sys


@dataclasses.dataclass
class Job:
    name: str
    _: dataclasses.KW_ONLY
    retries: int = 2
    tags: list = dataclasses.field(default_factory=list)


for f in dataclasses.fields(Job):
    has_default = f.default is not dataclasses.MISSING
    has_factory = f.default_factory is not dataclasses.MISSING
    print(f.name, has_default, has_factory, f.kw_only)
print(type(dataclasses.MISSING).__name__, type(dataclasses.KW_ONLY).__qualname__)
print(repr(dataclasses.MISSING).startswith("<dataclasses._MISSING_TYPE object at 0x"))
print(sys.getsizeof(dataclasses.MISSING), vars(dataclasses.MISSING))
print(Job("backup", retries=5))
