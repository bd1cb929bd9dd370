# Star imports of dataclasses, enum and abc in one small program
from dataclasses import *
from enum import *
from abc import *
import sys

@dataclass
class Point:
    x: int
    y: int = 0

class Color(Enum):
    RED = auto()
    GREEN = auto()

class Shape(ABC):
    @abstractmethod
    def area(self): ...

class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2

p = Point(1)
print(p, Color.GREEN, Color.GREEN.value, Sq(3).area())
try:
    Shape()
except TypeError as e:
    print(e)
print(sys.getrefcount(p))
