import gc
import sys


class Tracked:
    live = 0
    made = 0

    def __init__(self, label):
        self.label = label
        Tracked.live += 1
        Tracked.made += 1

    def __del__(self):
        Tracked.live -= 1

    @classmethod
    def report(cls):
        return f"{cls.__name__}: live={cls.live} made={cls.made}"


class Special(Tracked):
    def __init__(self, label, level):
        super().__init__(label)
        self.level = level


gc.collect()
objs = [Tracked(i) for i in range(5)]
print(Tracked.report())
objs = objs[::2]
print(Tracked.report())
s = Special("x", 3)
print(Special.report(), Tracked.report())
print("refcount Special:", sys.getrefcount(Special) > 2, isinstance(s, Tracked))
pair = [Tracked("a"), Tracked("b")]
pair[0].other = pair[1]
pair[1].other = pair[0]
del pair
print("before collect:", Tracked.report())
print("collected:", gc.collect())
print("after collect:", Tracked.report())
del objs, s
print("end:", Tracked.report())
