# A plugin registry that accepts anything shaped like a plugin: an ABC whose
# __subclasshook__ looks for the methods, plus explicit registration. The
# registry holds plugins in a dict; sys.getrefcount shows who keeps each alive.
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping


class Plugin(ABC):
    @abstractmethod
    def run(self, data):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin and all(any(name in K.__dict__ for K in C.__mro__) for name in ("run", "name")):
            return True
        return NotImplemented


class Upper:
    name = "upper"

    def run(self, data):
        return data.upper()


class Reverse:
    name = "reverse"

    def run(self, data):
        return data[::-1]


class Broken:
    def run(self, data):
        return data


registry = {}


def install(obj):
    if not isinstance(obj, Plugin):
        print("rejected", type(obj).__name__)
        return False
    registry[obj.name] = obj
    return True


u, r, b = Upper(), Reverse(), Broken()
for p in (u, r, b):
    install(p)
print(sorted(registry), isinstance(registry, Mapping), callable(u.run), isinstance(u.run, Callable))
print(sys.getrefcount(u), sys.getrefcount(b))

text = "memory"
for name in sorted(registry):
    text = registry[name].run(text)
    print(name, text)

del registry["upper"]
print(sys.getrefcount(u))


class Legacy:
    def execute(self, data):
        return "legacy:" + data


Plugin.register(Legacy)
print(isinstance(Legacy(), Plugin), issubclass(Legacy, Plugin), issubclass(Broken, Plugin))
