# A value pattern compares subject == value: the user's __eq__ runs with the subject on the stack twice (the case's copy).
import sys
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        print("eq", other, "self refs", sys.getrefcount(self))
        return other == self.cents
m = Money(5)
print("before", sys.getrefcount(m))
match m:
    case 1:
        print("one")
    case 5:
        print("five")
    case _:
        print("other")
print("after", sys.getrefcount(m))
