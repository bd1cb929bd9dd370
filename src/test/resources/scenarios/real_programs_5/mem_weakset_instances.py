import weakref
import gc

class Sprite:
    _live = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        Sprite._live.add(self)

    @classmethod
    def live_names(cls):
        return sorted(s.name for s in cls._live)

    @classmethod
    def count(cls):
        return len(cls._live)


player = Sprite("player")
enemies = [Sprite(f"enemy{i}") for i in range(4)]
print(Sprite.count(), Sprite.live_names())
enemies.pop()
enemies.pop(0)
print(Sprite.count(), Sprite.live_names())
print(player in Sprite._live)
boss = Sprite("boss")
boss.target = player
player.target = boss
del boss
print("cycle keeps boss:", Sprite.live_names())
player = None
print("still in a cycle:", Sprite.count())
gc.collect()
print("after collect:", Sprite.count(), Sprite.live_names())
enemies.clear()
print("all gone:", Sprite.count())
