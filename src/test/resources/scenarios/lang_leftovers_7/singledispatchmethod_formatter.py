# functools.singledispatchmethod in a class: dispatch on the first argument after self, registered by annotation and by class, a classmethod implementation, reading it from the class
import sys
from functools import singledispatchmethod


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def format(self, arg):
        """Format a value."""
        return f"{self.prefix}: object {arg!r}"

    @format.register
    def _(self, arg: int):
        return f"{self.prefix}: int {arg}"

    @format.register(list)
    def _(self, arg):
        return f"{self.prefix}: list [" + ", ".join(self.format(x) for x in arg) + "]"

    @format.register
    @classmethod
    def _(cls, arg: float):
        return f"{cls.__name__}: float {arg}"


f = Formatter("F")
print(f.format(3))
print(f.format([1, "a", 2.0]))
print(f.format(2.5))
print(f.format("s"))
m = f.format
print(m.__name__, m.__qualname__, m.__doc__, type(Formatter.__dict__["format"]).__name__)
print(m is f.format, sys.getrefcount(f))
print(Formatter.format(f, 7))
g = Formatter("G")
print(g.format(True), f.format(True))
