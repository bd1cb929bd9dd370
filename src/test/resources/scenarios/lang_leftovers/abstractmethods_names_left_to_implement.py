# ABCMeta keeps each class's abstract names in __abstractmethods__: sorted, counted, tested with in.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Square(Shape):
    def area(self): return 1
class Full(Square):
    def name(self): return "full"
class Plain:
    pass
print(sorted(Shape.__abstractmethods__), len(Square.__abstractmethods__), "area" in Square.__abstractmethods__)
print(sorted(Full.__abstractmethods__), bool(Full.__abstractmethods__), len(ABC.__abstractmethods__), "name" not in Full.__abstractmethods__)
print(list(Square.__abstractmethods__), tuple(Full.__abstractmethods__))
for cls in (Shape, Square, Full):
    missing = sorted(cls.__abstractmethods__)
    print(cls.__name__, "abstract:" if missing else "concrete", ", ".join(missing))
try:
    len(Plain.__abstractmethods__)
except AttributeError as e:
    print(repr(e))
print(sorted(Full().__abstractmethods__), len(Full().__abstractmethods__))
try:
    len(Plain().__abstractmethods__)
except AttributeError as e:
    print(e)
