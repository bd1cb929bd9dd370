# A class is weakly referenced by its bases' subclass registries from the moment it is made.
import gc
import sys
import weakref


class Plugin:
    pass


class CsvPlugin(Plugin):
    pass


class Mixin:
    pass


class Both(Plugin, Mixin):
    pass


print(weakref.getweakrefcount(Plugin), weakref.getweakrefcount(CsvPlugin), weakref.getweakrefcount(Both))
print(Plugin.__subclasses__())

ref = weakref.ref(CsvPlugin)
print(ref() is CsvPlugin, weakref.getweakrefcount(CsvPlugin), sys.getrefcount(ref))
print(weakref.getweakrefs(CsvPlugin) == [ref], weakref.getweakrefs(CsvPlugin)[0] is ref, weakref.ref(CsvPlugin) is ref)
both = weakref.ref(Both)
print(sys.getrefcount(both), weakref.getweakrefcount(Both))


def gone(r):
    print("callback: the class is gone", r() is None)


watcher = weakref.ref(CsvPlugin, gone)
proxy = weakref.proxy(CsvPlugin)
print(weakref.getweakrefcount(CsvPlugin), len(weakref.getweakrefs(CsvPlugin)), watcher is ref, proxy.__name__)
print(repr(ref).startswith("<weakref at "), repr(ref).endswith(" (CsvPlugin)>"))

registry = weakref.WeakValueDictionary()
registry["csv"] = CsvPlugin
print(sorted(registry), weakref.getweakrefcount(CsvPlugin))
del proxy

gc.collect()
print(gc.get_count())


def make_class(name):
    return type(name, (Plugin,), {})


Temp = make_class("Temp")
temp_ref = weakref.ref(Temp)
print(weakref.getweakrefcount(Temp), Temp.__name__, len(Plugin.__subclasses__()))
del Temp
print("after del:", temp_ref() is None)
print(gc.collect(), temp_ref() is None, len(Plugin.__subclasses__()), sys.getrefcount(temp_ref))

del CsvPlugin
print("collected:", gc.collect())
print(ref() is None, repr(ref).endswith("; dead>"), len(registry), sys.getrefcount(ref))
print(gc.get_count())
