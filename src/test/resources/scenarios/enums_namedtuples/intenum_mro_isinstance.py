import sys
from enum import Enum, IntEnum, StrEnum


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Mode(StrEnum):
    READ = "r"


print(Level.__mro__)
print(Mode.__mro__)
print(Level.__bases__, type(Level), type(Level.LOW))
print(isinstance(Level.LOW, int), isinstance(Level.LOW, Enum), isinstance(Mode.READ, str), issubclass(Level, int))
print(Level.LOW is Level(1), Level(Level.HIGH) is Level.HIGH, sys.getrefcount(Level.LOW))
print(int.__add__(Level.LOW, 5), str.upper(Mode.READ), Level.HIGH.__class__.__name__)
