from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

by_name = {c.name: c for c in Color}
by_value = {c.value: c for c in Color}
print(by_name)
print(by_value[3])
print(Color.RED.name in by_name, max(c.value for c in Color))
