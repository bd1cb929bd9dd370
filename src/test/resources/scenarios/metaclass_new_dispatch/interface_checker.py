# An abstract-interface checker: required methods listed on the base, checked on each subclass.
import gc, sys
class InterfaceMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        required = ns.get("required")
        if required is None:
            for b in bases:
                missing = [m for m in b.required if m not in ns]
                if missing:
                    cls.abstract = True
                    cls.missing = missing
                    return cls
        cls.abstract = False
        return cls
    def __call__(cls, *args):
        if cls.abstract:
            raise TypeError("cannot instantiate " + cls.__name__ + ", missing " + ", ".join(cls.missing))
        return super().__call__(*args)
class Shape(metaclass=InterfaceMeta):
    required = ("area", "perimeter")
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side
class Blob(Shape):
    def area(self):
        return 0
sq = Square(3)
print(sq.area(), sq.perimeter(), Square.abstract, Blob.abstract)
try:
    Blob()
except TypeError as e:
    print(e)
print(gc.collect(), sys.getrefcount(Blob), sys.getrefcount(InterfaceMeta))
