# Slots only help if every class in the hierarchy declares them.
import sys


class Base:
    __slots__ = ("a",)


class GoodChild(Base):
    __slots__ = ("b",)


class LeakyChild(Base):
    pass


class Empty:
    __slots__ = ()


for cls in (Base, GoodChild, LeakyChild, Empty):
    obj = cls()
    print("%-10s size=%d dict=%s" % (cls.__name__, sys.getsizeof(obj), hasattr(obj, "__dict__")))
g = GoodChild()
g.a, g.b = 1, 2
print("slots values:", g.a, g.b)
leaky = LeakyChild()
leaky.anything = "ok"
print("leaky child dict:", leaky.__dict__)
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)
