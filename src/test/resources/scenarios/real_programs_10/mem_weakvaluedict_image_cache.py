import weakref
import sys

class Texture:
    created = 0
    def __init__(self, name):
        Texture.created += 1
        self.name = name
        self.pixels = [0] * 16
    def __repr__(self):
        return f"<Texture {self.name}>"
    def __del__(self):
        print(f"  freed {self.name}")

class TextureManager:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
    def get(self, name):
        tex = self._cache.get(name)
        if tex is None:
            print(f"  loading {name}")
            tex = Texture(name)
            self._cache[name] = tex
        return tex
    def loaded(self):
        return sorted(self._cache)

tm = TextureManager()
sprite = tm.get("hero")
again = tm.get("hero")
print(sprite is again, Texture.created, tm.loaded())
print("refcount:", sys.getrefcount(sprite))
bg = tm.get("sky")
print(tm.loaded())
del again
print("still cached:", tm.loaded())
del sprite
print("after hero dropped:", tm.loaded())
level = [tm.get(n) for n in ("rock", "tree", "rock")]
print(tm.loaded(), Texture.created, level[0] is level[2])
level = None
print("level unloaded:", tm.loaded())
print("items:", [(k, v.name) for k, v in tm._cache.items()])
