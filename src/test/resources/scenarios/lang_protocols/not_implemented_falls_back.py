# A special method that returns NotImplemented declines: Python tries the reflected one, then == by identity or a TypeError.
class Money:
    def __init__(self, v): self.v = v
    def __add__(self, other):
        if isinstance(other, Money): return Money(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        if other == 0: return Money(self.v)
        return NotImplemented
    def __eq__(self, other):
        if not isinstance(other, Money): return NotImplemented
        return self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, Money): return NotImplemented
        return self.v < other.v
    __hash__ = None
m = Money(3)
print((m + Money(4)).v, sum([Money(1), Money(2)]).v, m == Money(3), m == 3, m != 3, m == m)
try:
    m + 1
except TypeError as e:
    print(e)
try:
    m < 1
except TypeError as e:
    print(e)
print(Money(1) < Money(2))
