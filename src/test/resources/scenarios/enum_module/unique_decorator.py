from enum import Enum, unique

@unique
class Fine(Enum):
    A = 1
    B = 2

print(list(Fine))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)
