import gc

class Marker:
    pass

gc.collect()
markers = [Marker() for _ in range(5)]
found = [o for o in gc.get_objects() if isinstance(o, Marker)]
print(len(found))
del found
print(sum(1 for o in gc.get_objects() if type(o) is Marker))
del markers
print(sum(1 for o in gc.get_objects() if type(o) is Marker))
print(gc.get_stats()[0].keys())
print(len(gc.get_stats()))
