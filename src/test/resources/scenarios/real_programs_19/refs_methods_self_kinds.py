# How many references does a method call add to self? Compare plain,
# class and static methods, properties and dunder calls.
import sys


class Meter:
    def __init__(self):
        self.v = 0

    def plain(self):
        return sys.getrefcount(self)

    @classmethod
    def klass(cls, obj):
        return sys.getrefcount(obj)

    @staticmethod
    def static(obj):
        return sys.getrefcount(obj)

    @property
    def prop(self):
        return sys.getrefcount(self)

    def __len__(self):
        return sys.getrefcount(self)

    def __getitem__(self, i):
        return sys.getrefcount(self)


m = Meter()
base = sys.getrefcount(m)
print("plain method:", m.plain() - base)
print("through the class:", Meter.plain(m) - base)
print("classmethod:", m.klass(m) - base)
print("staticmethod:", Meter.static(m) - base)
print("property:", m.prop - base)
print("len():", len(m) - base)
print("subscript:", m[0] - base)
bound = m.plain
print("bound method stored:", sys.getrefcount(m) - base)
print("calling the stored one:", bound() - base)
del bound
print("back:", sys.getrefcount(m) - base)
