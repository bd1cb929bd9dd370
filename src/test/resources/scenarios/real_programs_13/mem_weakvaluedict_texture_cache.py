import weakref

class Texture:
    loads = 0
    def __init__(self, path):
        self.path = path
        Texture.loads += 1
    def __repr__(self):
        return f"Texture({self.path!r})"

cache = weakref.WeakValueDictionary()

def get_texture(path):
    tex = cache.get(path)
    if tex is None:
        tex = Texture(path)
        cache[path] = tex
    return tex

grass = get_texture("grass.png")
stone = get_texture("stone.png")
again = get_texture("grass.png")
print("same grass:", grass is again, "loads:", Texture.loads)
print("cached:", sorted(cache.keys()))
del stone
print("after del stone:", sorted(cache.keys()))
stone = get_texture("stone.png")
print("reloaded, loads:", Texture.loads)
del grass
print("grass still cached (again holds it):", "grass.png" in cache)
del again
print("grass gone:", "grass.png" in cache, len(cache))
print(list(cache.values()))
