import gc
import sys


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, "->", cls.__name__)


class CsvExporter(Plugin, name="csv"):
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


class JsonExporter(Plugin, name="json"):
    def export(self, rows):
        return str([list(r) for r in rows])


class Markdown(Plugin):
    def export(self, rows):
        return "|".join(str(r) for r in rows)


rows = [(1, 2), (3, 4)]
for key in sorted(Plugin.registry):
    print(key, Plugin.registry[key]().export(rows))
print(sys.getrefcount(CsvExporter))
gc.collect()
print(gc.get_count())
