# Default argument values and closure cells are references too.
import sys


class Config:
    pass


cfg = Config()
base = sys.getrefcount(cfg)


def uses_default(c=cfg):
    return c


print("held by a default:", sys.getrefcount(cfg) - base)


def make_reader():
    captured = cfg

    def reader():
        return captured
    return reader


r1 = make_reader()
r2 = make_reader()
print("two closures (two cells):", sys.getrefcount(cfg) - base)
print("same object:", r1() is r2() is cfg)
del r1
print("one closure gone:", sys.getrefcount(cfg) - base)
uses_default.__defaults__ = (None,)
print("default replaced:", sys.getrefcount(cfg) - base)
holder = {"cfg": cfg}
print("dict value:", sys.getrefcount(cfg) - base)
bound = [cfg] * 4
print("list repeating it:", sys.getrefcount(cfg) - base)
del bound, holder, r2
print("back to base:", sys.getrefcount(cfg) - base)
