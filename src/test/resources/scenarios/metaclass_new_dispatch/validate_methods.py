# An interface checker: the metaclass refuses classes missing required methods.
import gc, sys
class Interface(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            for required in ("load", "save"):
                if not callable(ns.get(required)):
                    raise TypeError(name + " must define " + required)
class Storage(metaclass=Interface):
    pass
class Disk(Storage):
    def load(self):
        return "disk"
    def save(self):
        return True
print(Disk().load())
gc.collect()
try:
    class Broken(Storage):
        def load(self):
            return None
except TypeError as e:
    print("refused:", e)
print(gc.collect())
print(sys.getrefcount(Storage), sys.getrefcount(Interface))
