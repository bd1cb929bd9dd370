import weakref
import gc

class Sprite:
    registry = weakref.WeakSet()
    def __init__(self, name):
        self.name = name
        Sprite.registry.add(self)
    @classmethod
    def names(cls):
        return sorted(s.name for s in cls.registry)

hero = Sprite("hero")
enemies = [Sprite(f"enemy{i}") for i in range(3)]
print(len(Sprite.registry), Sprite.names())
enemies.pop()
print(Sprite.names())
enemies = []
print(Sprite.names())
loop = Sprite("loop")
loop.me = loop
del loop
print(len(Sprite.registry))
gc.collect()
print(len(Sprite.registry), hero in Sprite.registry)
