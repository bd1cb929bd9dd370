# is_dataclass() answers for classes and instances; field() objects live in __dataclass_fields__.
import sys
import dataclasses
from dataclasses import dataclass, field, is_dataclass

@dataclass
class Box:
    size: int = 1
    items: list = field(default_factory=list)

class NotOne:
    size = 1

b = Box()
print(is_dataclass(Box), is_dataclass(b), is_dataclass(NotOne), is_dataclass(NotOne()), is_dataclass(3))
print(dataclasses.is_dataclass(dataclasses), hasattr(Box, "items"), Box.size)
print(list(Box.__dataclass_fields__), Box.__dataclass_fields__["size"].default)
marker = field(default=5)
print(type(marker).__name__, marker.default, marker.name)
print(isinstance(b, Box), sys.getrefcount(Box.__dataclass_fields__))
