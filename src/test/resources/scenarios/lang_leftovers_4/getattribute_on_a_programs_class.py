# A class's own __getattribute__ answers every attribute read of its instances (methods, __class__,
# getattr and hasattr too; special methods called by len() or str() are looked up on the type and
# skip it). object.__getattribute__ and super().__getattribute__ do the ordinary lookup; an
# AttributeError from it goes on to __getattr__, which makes slot_tp_getattr_hook bind the hook.
import gc
import sys


class Logged:
    def __init__(self):
        self.x = 1
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def hello(self):
        return "hi"

    def __len__(self):
        return 3


o = Logged()
print(o.x, o.hello(), len(o), o.log)
print(getattr(o, "x"), hasattr(o, "nope"), o.__class__.__name__, type(o).__name__, o.log)
print(sys.getrefcount(o))


class Upper:
    def __init__(self, v):
        self.v = v

    def __getattribute__(self, name):
        print("get", name, sys.getrefcount(self))
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return name.upper()


u = Upper(5)
print(u.v, u.missing)


class Secret:
    def __getattribute__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"private {name}")
        return 42


s = Secret()
print(s.anything, s.method_like)
try:
    s._hidden
except AttributeError as e:
    print(e)

for obj in (o, u):
    gc.collect()
    obj.x if obj is o else obj.v
    print(gc.get_count())
gc.collect()
object.__setattr__(o, "x", 2)
print(gc.get_count(), o.x)
