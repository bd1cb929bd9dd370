# a WeakValueDictionary does not keep its values alive: the entry disappears when the value dies
import sys
import weakref
class Image:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
logo = Image("logo")
cache["logo"] = logo
print(len(cache), "logo" in cache, cache["logo"] is logo, sys.getrefcount(logo))
print(weakref.getweakrefcount(logo), cache.get("logo") is logo, cache.get("icon"))
del logo
print(len(cache), "logo" in cache, cache.get("logo", "gone"))
