# Each alternative compares a fresh copy of the subject: __eq__ is called once per alternative until one matches.
import sys
class Code:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("compare with", other, "refs", sys.getrefcount(self))
        return self.v == other
match Code(3):
    case 1 | 2 | 3 | 4:
        print("small")
match Code(9):
    case (1 | 2) as low:
        print("low", low)
    case _:
        print("fallthrough")
