class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)
    def describe(self):
        return f"Base({self.name})"

class Left(Base):
    def __init__(self, name):
        print("Left.__init__")
        super().__init__(name)
    def describe(self):
        return "Left>" + super().describe()

class Right(Base):
    def __init__(self, name):
        print("Right.__init__")
        super().__init__(name)
    def describe(self):
        return "Right>" + super().describe()

class Diamond(Left, Right):
    def __init__(self, name):
        print("Diamond.__init__")
        super().__init__(name)
    def describe(self):
        return "Diamond>" + super().describe()

d = Diamond("x")
print(d.describe())
print([k.__name__ for k in Diamond.__mro__])
print(isinstance(d, Right), issubclass(Diamond, Base), Diamond.__bases__ == (Left, Right))
print(Left.__mro__[1].__name__, Diamond.mro()[2].__name__)
try:
    class Bad(Left, Diamond):
        pass
except TypeError as e:
    print("TypeError:", e)
