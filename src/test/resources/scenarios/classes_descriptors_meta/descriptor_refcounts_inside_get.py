import gc
import sys


class Probe:
    def __get__(self, obj, objtype=None):
        print("self", sys.getrefcount(self))
        print("obj", sys.getrefcount(obj) if obj is not None else None)
        print("type", sys.getrefcount(objtype) > 2)
        print(gc.get_count())
        return obj

    def __set__(self, obj, value):
        print("set self", sys.getrefcount(self))
        print("set obj", sys.getrefcount(obj))
        print("set value", sys.getrefcount(value))
        print(gc.get_count())

    def __delete__(self, obj):
        print("delete self", sys.getrefcount(self))
        print("delete obj", sys.getrefcount(obj))


class Host:
    probe = Probe()


gc.collect()
h = Host()
print(gc.get_count())
r = h.probe
print(r is h, sys.getrefcount(h))
del r
h.probe = [1, 2, 3]
del h.probe
print(Host.probe is None)
x = Host.probe
print(x)
print(gc.get_count())
