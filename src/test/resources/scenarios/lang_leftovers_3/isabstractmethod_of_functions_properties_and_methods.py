# A plugin registry lists which hooks of an abstract base are still abstract by
# asking each attribute for __isabstractmethod__: abstractmethod marks the
# function, a property, classmethod or staticmethod answers for the functions
# it wraps, and a bound method passes the question on to its function.
import abc


class Plugin(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...

    @classmethod
    @abc.abstractmethod
    def create(cls): ...

    @staticmethod
    def version():
        return 1

    @abc.abstractmethod
    def run(self): ...

    def describe(self):
        return "plugin"


class Echo(Plugin):
    name = "echo"

    @classmethod
    def create(cls):
        return cls()

    def run(self):
        return "ran"


hooks = {"name": Plugin.__dict__["name"], "create": Plugin.__dict__["create"],
         "version": Plugin.__dict__["version"], "run": Plugin.__dict__["run"], "describe": Plugin.__dict__["describe"]}
for hook, raw in hooks.items():
    print(hook, type(raw).__name__, getattr(raw, "__isabstractmethod__", "-"))
e = Echo.create()
print(getattr(e.run, "__isabstractmethod__", "-"), Plugin.run.__isabstractmethod__, hasattr(Plugin.describe, "__isabstractmethod__"))
print(getattr(Echo.run, "__isabstractmethod__", "-"), sorted(Plugin.__abstractmethods__))
