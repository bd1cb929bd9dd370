import gc
import weakref


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


def make_temp():
    class Temp(Plugin, name="temp"):
        pass
    return weakref.ref(Temp)


r = make_temp()
print(sorted(Plugin.registry), r() is not None)
del Plugin.registry["temp"]
print("temp class alive before collect:", r() is not None)
gc.collect()
print("temp class alive after collect:", r() is not None)
print(Csv.plugin_name, Json.plugin_name, [c.__name__ for c in Plugin.__subclasses__()])
