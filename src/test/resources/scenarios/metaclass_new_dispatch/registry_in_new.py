# A plugin registry filled by the metaclass's __new__.
import gc, sys
registry = {}
class PluginMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            registry[name] = cls
        return cls
class Plugin(metaclass=PluginMeta):
    def run(self):
        return "base"
gc.collect()
class CsvExport(Plugin):
    def run(self):
        return "csv"
print(gc.get_count())
class JsonExport(Plugin):
    def run(self):
        return "json"
print(sorted(registry), registry["CsvExport"]().run())
print(sys.getrefcount(CsvExport), sys.getrefcount(Plugin), sys.getrefcount(PluginMeta))
del CsvExport
print(gc.collect(), sorted(registry))
del registry["CsvExport"]
print(gc.collect(), sorted(registry))
