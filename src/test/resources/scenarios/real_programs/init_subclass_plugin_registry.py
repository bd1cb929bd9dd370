# a plugin registry with __init_subclass__: called with each new subclass before its name is bound, an implicit classmethod, object's version takes no keywords, a raising hook drops the class
import sys
class Plugin:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        print("registering", cls.__name__, kwargs, sys.getrefcount(cls))
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.__name__.lower()] = cls
    def run(self):
        return f"running {type(self).__name__}"
class Alpha(Plugin):
    pass
class Beta(Alpha):
    def run(self):
        return super().run() + "!"
print(sorted(Plugin.registry), type(Plugin.__init_subclass__).__name__)
for name in sorted(Plugin.registry):
    print(Plugin.registry[name]().run())
Plugin.__init_subclass__()
class Strict:
    def __init_subclass__(cls):
        super().__init_subclass__(x=1)
try:
    class Broken(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)
print("Broken" in dir())
class Checked:
    def __init_subclass__(cls):
        if not hasattr(cls, "name"):
            raise TypeError(f"{cls.__name__} needs a name")
try:
    class Nameless(Checked):
        pass
except TypeError as e:
    print(e)
class Named(Checked):
    name = "ok"
print(Named.name)
