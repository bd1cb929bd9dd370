# A subclass instance frees its attributes in the order they were first set, base __init__ first.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
class Base:
    def __init__(self):
        self.b1 = Noisy("b1")
        self.b2 = Noisy("b2")
class Child(Base):
    def __init__(self):
        self.c1 = Noisy("c1")
        super().__init__()
        self.c2 = Noisy("c2")
c = Child()
del c
print("end")
