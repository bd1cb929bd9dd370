# A Config whose __copy__ shares the defaults dict but copies the overrides list.
import copy
import sys

class Config:
    def __init__(self, defaults, overrides):
        self.defaults = defaults
        self.overrides = overrides

    def __copy__(self):
        print("__copy__ on", type(self).__name__, sys.getrefcount(self))
        new = type(self).__new__(type(self))
        new.defaults = self.defaults
        new.overrides = list(self.overrides)
        return new

base = Config({"debug": False, "level": 1}, ["a"])
c = copy.copy(base)
print(c is base, c.defaults is base.defaults, c.overrides is base.overrides)
c.overrides.append("b")
print(base.overrides, c.overrides)
print(sys.getrefcount(base.defaults), sys.getrefcount(base.overrides), sys.getrefcount(c))
print(sys.getsizeof(c.overrides), sys.getsizeof(base.overrides))
