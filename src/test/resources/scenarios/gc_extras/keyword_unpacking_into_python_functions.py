# f(**d) into a Python function: CPython builds a dict for the call (BUILD_MAP,
# DICT_MERGE), and the call unpacks it into a tuple of the keywords' names, a
# second allocation the young generation counts.
import gc

settings = {"width": 3, "height": 4}

def area(width, height):
    return width * height

def describe(**options):
    return sorted(options)

class Box:
    def resize(self, width, height):
        self.size = (width, height)
        return self

gc.collect()
a = area(**settings)
print("area:", a, gc.get_count())
gc.collect()
names = describe(**settings)
print("describe:", names, gc.get_count())
box = Box()
gc.collect()
box.resize(**settings)
print("method:", box.size, gc.get_count())
gc.collect()
a = area(width=5, **{"height": 6})
print("mixed:", a, gc.get_count())
