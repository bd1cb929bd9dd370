# A subclass that implements only some abstract methods is still abstract ("with abstract method perimeter")
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class OnlyArea(Shape):
    def area(self):
        return 1
class Both(OnlyArea):
    def perimeter(self):
        return 4
try:
    OnlyArea()
except TypeError as e:
    print(e)
b = Both()
print(b.area(), b.perimeter(), type(b).__mro__)
