import sys
from enum import Enum

class Describable(Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name} = {self.value}"

class Fruit(Describable):
    APPLE = 1
    PEAR = 2

print(Fruit.PEAR.describe())
print(len(Describable), list(Fruit))
print(isinstance(Fruit.APPLE, Describable))
print(sys.getrefcount(Fruit.APPLE))
