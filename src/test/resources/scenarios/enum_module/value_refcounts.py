import sys
from enum import Enum

class Label(Enum):
    FIRST = "first-label"
    SECOND = "second-label"

v = Label.FIRST.value
print(sys.getrefcount(v))
print(v is Label.FIRST.value)
print(Label.SECOND.name)
