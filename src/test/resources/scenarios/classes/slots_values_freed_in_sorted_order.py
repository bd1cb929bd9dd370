# Slot values are released class by class from the most derived, each class's slots in sorted order.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
class Base:
    __slots__ = ("zeta", "alpha")
class Child(Base):
    __slots__ = ("mid",)
c = Child()
c.zeta = Noisy("zeta")
c.alpha = Noisy("alpha")
c.mid = Noisy("mid")
del c
print("done")
