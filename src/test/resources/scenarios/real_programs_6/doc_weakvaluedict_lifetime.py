import weakref

class Texture:
    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return "Texture<" + self.path + ">"

class TextureStore:
    def __init__(self):
        self.live = weakref.WeakValueDictionary()
        self.loads = 0

    def fetch(self, path):
        tex = self.live.get(path)
        if tex is not None:
            return tex
        self.loads += 1
        tex = self.live[path] = Texture(path)
        return tex

store = TextureStore()
grass = store.fetch("grass.png")
again = store.fetch("grass.png")
stone = store.fetch("stone.png")
print(grass is again, store.loads, sorted(store.live))
del grass
print(sorted(store.live))
del again
print(sorted(store.live), len(store.live))
stone = None
print(len(store.live), "stone.png" in store.live, store.fetch("stone.png"), store.loads)
