import gc
import sys


class Counted:
    def __init__(self, default):
        self.default = default
        self.reads = 0
        self.writes = 0

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.key = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.reads += 1
        return obj.__dict__.get(self.key, self.default)

    def __set__(self, obj, value):
        self.writes += 1
        obj.__dict__[self.key] = value


class Player:
    score = Counted(0)
    level = Counted(1)


gc.collect()
a = Player()
b = Player()
print(a.score, b.level)
a.score = 10
a.score += 5
b.score = a.score * 2
print(a.score, b.score)
print(Player.score.reads, Player.score.writes, Player.level.reads)
print(gc.get_count())
print(sys.getrefcount(Player.score))
print(a.__dict__, b.__dict__)
