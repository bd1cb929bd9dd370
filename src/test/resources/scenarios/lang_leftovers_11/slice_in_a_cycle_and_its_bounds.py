# A slice holds its start, stop and step; dropping it releases step, start, then stop; a slice
# in a reference cycle waits for the collector.
import gc
import weakref


class Marker:
    def __init__(self, name):
        self.name = name

    def __index__(self):
        return 1

    def __del__(self):
        print("freed", self.name)


s = slice(Marker("start"), Marker("stop"), Marker("step"))
print([1, 2, 3, 4][s])
del s
print("---")

class Box:
    pass


box = Box()
loop = slice(box, Marker("inside"))
box.window = loop
probe = weakref.ref(box)
print(gc.get_referents(loop)[0] is box, gc.is_tracked(loop))
del box, loop
print("still alive:", probe() is not None)
print("collected", gc.collect())
print("alive after:", probe() is not None)
