import sys
from enum import Enum


class Slot(int, Enum):
    FIRST = 0
    SECOND = 1
    THIRD = 2


board = ["x", "o", "x"]
print(board[Slot.SECOND], board[Slot.THIRD])
print(list(range(Slot.THIRD)))
counts = {0: "zero", 1: "one"}
print(counts[Slot.FIRST], counts.get(Slot.SECOND))
print(Slot(1) is Slot.SECOND, Slot["THIRD"])
print(sys.getrefcount(Slot.FIRST), sys.getrefcount(Slot))
print(sys.getsizeof(Slot.SECOND), sys.getsizeof(Slot.FIRST))
