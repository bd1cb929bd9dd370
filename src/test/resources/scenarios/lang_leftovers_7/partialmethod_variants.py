# partialmethod over a partialmethod (arguments flattened), over a classmethod, its repr shape, keywords merged at call time, and what each read holds
import sys
from functools import partialmethod


class Logger:
    def __init__(self, name):
        self.name = name

    def log(self, level, msg, *, sep=": "):
        return f"[{level}] {self.name}{sep}{msg}"

    info = partialmethod(log, "INFO")
    warn = partialmethod(log, "WARN", sep=" !! ")
    loud_warn = partialmethod(warn, "LOUD")

    @classmethod
    def make(cls, name, suffix):
        return cls(name + suffix)

    make_test = partialmethod(make, suffix="-test")


log = Logger("app")
print(log.info("started"))
print(log.warn("disk low"))
print(log.warn("disk low", sep=" - "))
print(log.loud_warn())
print(Logger.make_test("svc").name, log.make_test("x").name)
d = Logger.__dict__["loud_warn"]
print(d.args, d.keywords, d.func is Logger.__dict__["log"])
print(repr(Logger.__dict__["warn"]).split(" at 0x")[0])
a = log.info
b = log.info
print(a is b, a.func == b.func, sys.getrefcount(log))
del a, b
print(sys.getrefcount(log))
