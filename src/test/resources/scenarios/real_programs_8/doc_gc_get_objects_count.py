import gc

class Marker:
    pass

def count_markers():
    return sum(1 for o in gc.get_objects() if isinstance(o, Marker))

gc.collect()
print(count_markers())
keep = [Marker() for _ in range(5)]
print(count_markers())
del keep[:2]
print(count_markers())
loop = Marker()
loop.me = loop
del loop
print(count_markers())
gc.collect()
print(count_markers())
print(len(gc.get_objects(generation=0)) >= 0, all(gc.is_tracked(o) for o in gc.get_objects(2)[:50]))
lists = [o for o in gc.get_objects() if type(o) is list and o is keep]
print(len(lists), lists[0] is keep)
