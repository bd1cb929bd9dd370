import gc
import sys


class Config:
    defaults = ["a", "b"]
    debug = False

    def show(self):
        return "config"


class Child(Config):
    pass


try:
    del Child.defaults
except AttributeError as e:
    print("AttributeError:", e)

kept = Config.defaults
print(sys.getrefcount(kept))
del Config.defaults
print(sys.getrefcount(kept), hasattr(Config, "defaults"), hasattr(Child, "defaults"))
del Config.show
print(hasattr(Child(), "show"))
try:
    del Config.missing
except AttributeError as e:
    print("AttributeError:", e)
Child.debug = True
del Child.debug
print(Child.debug)
gc.collect()
print(gc.get_count())
