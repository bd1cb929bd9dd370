import gc
import sys


class Validator:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.private]

    def __set__(self, obj, value):
        self.validate(value)
        obj.__dict__[self.private] = value

    def validate(self, value):
        pass


class Number(Validator):
    def __init__(self, minvalue=None):
        self.minvalue = minvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"Expected {value!r} to be an int or float")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"Expected {value!r} to be at least {self.minvalue!r}")


class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"Expected {value!r} to be one of {sorted(self.options)!r}")


class Upper(Validator):
    def __set__(self, obj, value):
        super().__set__(obj, value.upper())


class Component:
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)
    code = Upper()

    def __init__(self, kind, quantity, code):
        self.kind = kind
        self.quantity = quantity
        self.code = code


c = Component("wood", 5, "ab-1")
print(c.kind, c.quantity, c.code, sorted(vars(c)))
for bad in [("glass", 1, "x"), ("metal", -2, "x"), ("metal", "two", "x")]:
    try:
        Component(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
gc.collect()
print(gc.get_count())
print(sys.getrefcount(Component.kind), type(Component.code).__mro__[1].__name__)
