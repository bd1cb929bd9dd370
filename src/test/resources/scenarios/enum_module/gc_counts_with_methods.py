import gc
from enum import Enum

gc.collect()
class Level(Enum):
    LOW = 1
    MID = 5
    HIGH = 10

    def is_high(self):
        return self is Level.HIGH

    @property
    def double(self):
        return self.value * 2
print(gc.get_count())
print(Level.HIGH.is_high(), Level.MID.double)
