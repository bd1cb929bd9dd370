# total_ordering picks its root by name (__lt__ before __le__ before __gt__ before __ge__), keeps the methods a class defines, inherits roots from a base, and refuses a class with none
import functools

@functools.total_ordering
class Rank:
    def __init__(self, n):
        self.n = n
    def __ge__(self, other):
        print("ge", self.n, other.n)
        return self.n >= other.n

print(Rank(1) < Rank(2), Rank(2) <= Rank(2), Rank(3) > Rank(1))

@functools.total_ordering
class Both:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        print("gt", self.n, other.n)
        return self.n > other.n
    def __le__(self, other):
        print("le", self.n, other.n)
        return self.n <= other.n

print(Both(1) < Both(2), Both(1) >= Both(2))

class Base:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n

@functools.total_ordering
class Child(Base):
    pass

print(Child(1) > Child(0), Child(1) <= Child(0))
try:
    @functools.total_ordering
    class Plain:
        pass
except ValueError as e:
    print("ValueError:", e)
