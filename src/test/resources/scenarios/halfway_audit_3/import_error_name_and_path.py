# ImportError's msg, name and path members (name= and path= by keyword; msg from one argument); they stopped the run half-way with 'takes no keyword arguments'.
import sys, gc
class PluginMissing(ImportError):
    def __init__(self, plugin):
        super().__init__(f"plugin {plugin} missing", name=plugin, path="/plugins")
        self.plugin = plugin
try:
    raise PluginMissing("zip")
except ImportError as e:
    print(e, e.name, e.path, e.msg, e.plugin, e.args)
e2 = ImportError()
print(repr(e2), e2.msg, e2.name, e2.path, str(e2) == "")
e3 = ImportError("a", "b")
print(e3, e3.msg, e3.args)
try:
    from gc import nothing_here
except ImportError as err:
    print(err.name, err.path, err.msg)
name = "mod"
e4 = ImportError("m", name=name)
print(sys.getrefcount(e4), e4.name is name, sys.getsizeof(e4))
e4.name = "other"
print(e4.name)
del e4
print(gc.collect())
try:
    ImportError("x", bad=1)
except TypeError as t:
    print(t)
