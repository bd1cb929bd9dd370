import sys
from enum import Enum

class One(Enum):
    A = 1

class Four(Enum):
    A = 1
    B = 2
    C = 3
    D = 4

print(sys.getrefcount(One), sys.getrefcount(Four))
print(sys.getrefcount(One.A), sys.getrefcount(Four.D))
