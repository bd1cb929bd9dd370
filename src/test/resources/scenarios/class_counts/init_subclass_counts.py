# A base's __init_subclass__: type_new calls it through super(); keywords travel as a dict.
import gc


class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        Plugin.registry.append((cls.__name__, kwargs))


gc.collect()
print(gc.get_count())


class Csv(Plugin):
    pass


print(gc.get_count())


class Json(Plugin, fmt="json"):
    pass


print(gc.get_count())


class Xml(Plugin, fmt="xml", strict=True):
    pass


print(gc.get_count())
print(Plugin.registry)
