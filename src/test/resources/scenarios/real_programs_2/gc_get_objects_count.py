import gc
class Marker:
    pass
gc.collect()
ms = [Marker() for _ in range(5)]
print(sum(1 for o in gc.get_objects() if isinstance(o, Marker)))
del ms
gc.collect()
print(sum(1 for o in gc.get_objects() if isinstance(o, Marker)))
