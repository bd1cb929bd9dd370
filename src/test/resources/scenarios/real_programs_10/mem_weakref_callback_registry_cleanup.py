import weakref
import gc

class Plugin:
    def __init__(self, name):
        self.name = name

class Registry:
    def __init__(self):
        self._refs = {}
        self.removed = []

    def register(self, plugin):
        name = plugin.name
        def gone(ref, name=name):
            self.removed.append(name)
            del self._refs[name]
        self._refs[name] = weakref.ref(plugin, gone)

    def names(self):
        return sorted(self._refs)

    def get(self, name):
        ref = self._refs.get(name)
        return ref() if ref else None

reg = Registry()
plugins = [Plugin(n) for n in ("csv", "json", "xml")]
for p in plugins:
    reg.register(p)
print(reg.names(), reg.get("json").name)
plugins.pop(1)
print(reg.names(), reg.removed)
extra = Plugin("yaml")
reg.register(extra)
extra.cycle = extra
del extra
print(reg.names())
gc.collect()
print(reg.names(), reg.removed)
plugins.clear()
print(reg.names(), reg.removed, reg.get("csv"))
