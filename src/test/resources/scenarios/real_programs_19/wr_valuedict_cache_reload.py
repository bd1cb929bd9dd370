# A WeakValueDictionary cache: values disappear once nobody else uses them,
# so the cache reloads only what is no longer in use.
import weakref


class Sprite:
    loads = 0

    def __init__(self, name):
        Sprite.loads += 1
        self.name = name


cache = weakref.WeakValueDictionary()


def get(name):
    s = cache.get(name)
    if s is None:
        s = Sprite(name)
        cache[name] = s
    return s


hero = get("hero")
enemy = get("enemy")
again = get("hero")
print("loads:", Sprite.loads, "same hero:", hero is again)
print("cached names:", sorted(cache.keys()))
del enemy
print("after enemy released:", sorted(cache.keys()))
enemy = get("enemy")
print("loads:", Sprite.loads)
del hero
print("hero still cached (again holds it):", "hero" in cache)
del again
print("hero cached now:", "hero" in cache)
print("len:", len(cache))
