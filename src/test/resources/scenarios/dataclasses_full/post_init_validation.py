# __post_init__ validates fields; an exception there leaves no half-made object behind.
import gc
import sys
from dataclasses import dataclass, field

@dataclass
class Temperature:
    celsius: float
    readings: list = field(default_factory=list)

    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError(f"below absolute zero: {self.celsius}")
        self.readings.append(self.celsius)

t = Temperature(20)
print(t, sys.getrefcount(t))
gc.collect()
for value in (15, -300, 30):
    try:
        t2 = Temperature(value)
        print("made", t2)
    except ValueError as e:
        print("error:", e)
print(gc.collect())

@dataclass
class Child(Temperature):
    label: str = "room"

    def __post_init__(self):
        super().__post_init__()
        self.label = self.label.upper()

print(Child(5), Child(6, label="lab"))
