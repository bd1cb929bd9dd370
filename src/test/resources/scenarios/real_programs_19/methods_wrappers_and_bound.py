# Reading a method off an instance makes a new small object every time:
# a bound method for your functions, a method-wrapper for the slots the
# instance inherits from object, a builtin method for __sizeof__.
import sys


class Robot:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "beep " + self.name


class Bare:
    pass


r = Robot("r2")
b = Bare()
samples = [
    ("r.greet", r.greet),
    ("r.__init__", r.__init__),
    ("b.__init__", b.__init__),
    ("b.__repr__", b.__repr__),
    ("b.__eq__", b.__eq__),
    ("b.__setattr__", b.__setattr__),
    ("b.__sizeof__", b.__sizeof__),
]
for label, m in samples:
    print("%-14s %-27s %d" % (label, type(m).__name__, sys.getsizeof(m)))

print("fresh each time:", b.__init__ is not b.__init__, r.greet is not r.greet)
print("but equal:", b.__init__ == b.__init__, r.greet == r.greet)
base = sys.getrefcount(b)
held = [b.__init__, b.__repr__, b.__setattr__]
print("each holds the instance:", sys.getrefcount(b) - base)
held[2]("colour", "grey")
print("set through the wrapper:", b.colour)
print("calling b.__init__():", held[0]())
try:
    held[0]("extra")
except TypeError as e:
    print("TypeError:", e)
del held
print("released:", sys.getrefcount(b) - base)
