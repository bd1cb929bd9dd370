# counting live instances through gc.get_objects
import gc

class Widget:
    pass

def count(cls):
    return sum(1 for o in gc.get_objects() if isinstance(o, cls))

ws = [Widget() for _ in range(5)]
print(count(Widget))
del ws[:3]
print(count(Widget))
a = Widget(); a.me = a
del a
print(count(Widget))
gc.collect()
print(count(Widget))
print(type(gc.get_objects()).__name__)
