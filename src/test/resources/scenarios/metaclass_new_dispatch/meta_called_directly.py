# Calling the metaclass makes a class without a class statement.
import gc, sys
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["made_by"] = "Meta"
        return super().__new__(mcs, name, bases, ns)
class Base:
    x = 1
gc.collect()
Dynamic = Meta("Dynamic", (Base,), {"y": 2})
print(gc.get_count())
print(Dynamic.x, Dynamic.y, Dynamic.made_by, type(Dynamic) is Meta)
print(sys.getrefcount(Dynamic), sys.getrefcount(Meta))
del Dynamic
print(gc.collect())
