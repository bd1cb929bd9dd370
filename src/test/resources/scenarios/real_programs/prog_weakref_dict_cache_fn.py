# memoizing expensive objects with a WeakValueDictionary
import weakref, gc
class Texture:
    loads = 0
    def __init__(self, name):
        Texture.loads += 1
        self.name = name
_cache = weakref.WeakValueDictionary()
def get_texture(name):
    tex = _cache.get(name)
    if tex is None:
        tex = Texture(name)
        _cache[name] = tex
    return tex
a = get_texture("grass")
b = get_texture("grass")
print(a is b, Texture.loads)
del a, b
c = get_texture("grass")
print(Texture.loads, len(_cache))
print(weakref.getweakrefcount(c))
