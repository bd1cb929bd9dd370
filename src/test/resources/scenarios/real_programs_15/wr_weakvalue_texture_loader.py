# A loader that caches objects in a WeakValueDictionary: while someone
# uses a texture it is shared; once nobody does, the next request loads it again.
import weakref


class Texture:
    loads = 0

    def __init__(self, path):
        Texture.loads += 1
        self.path = path
        self.pixels = [0] * 16

    def __repr__(self):
        return f"Texture({self.path!r})"


class Loader:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def get(self, path):
        tex = self._cache.get(path)
        if tex is None:
            tex = Texture(path)
            self._cache[path] = tex
        return tex

    def cached(self):
        return sorted(self._cache.keys())


loader = Loader()
grass = loader.get("grass.png")
stone = loader.get("stone.png")
again = loader.get("grass.png")
print(again is grass, Texture.loads, loader.cached())
del grass
print(loader.cached())
del again
print(loader.cached())
grass = loader.get("grass.png")
print(grass, Texture.loads, loader.cached())
stone = None
print(loader.cached(), len(loader._cache))
