# object has no __deepcopy__: super().__deepcopy__ raises AttributeError, as in CPython.
import copy

class Base:
    def __init__(self):
        self.data = [1, 2, 3]

class Child(Base):
    def __deepcopy__(self, memo):
        try:
            return super().__deepcopy__(memo)
        except AttributeError as e:
            print("AttributeError:", e)
        fresh = Child()
        fresh.data = copy.deepcopy(self.data, memo)
        return fresh

c = Child()
d = copy.deepcopy(c)
print(d.data, d.data is c.data, type(d).__name__)
print(hasattr(c, "__copy__"), hasattr(c, "__deepcopy__"), hasattr(Base(), "__deepcopy__"))
