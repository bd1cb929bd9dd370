# multiple inheritance and the MRO
class Base:
    def __init__(self):
        print("Base init")
    def hello(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
    def hello(self):
        return "Right>" + super().hello()

class Child(Left, Right):
    def __init__(self):
        print("Child init")
        super().__init__()

c = Child()
print(c.hello())
print([k.__name__ for k in Child.__mro__])
print(Child.mro() == list(Child.__mro__))
print(isinstance(c, Right), type(c) is Child)
