import weakref


class Sprite:
    def __init__(self, name):
        self.name = name


index = {}


def make_cleanup(key):
    def cleanup(ref):
        print(f"sprite {key} died; removing index entry")
        del index[key]
    return cleanup


sprites = [Sprite(n) for n in ("hero", "orc", "bat")]
for s in sprites:
    index[s.name] = weakref.ref(s, make_cleanup(s.name))
print(sorted(index))
print(index["orc"]().name)
del s
removed = sprites.pop(1)
print("popped", removed.name)
del removed
print(sorted(index))
sprites.reverse()
sprites.clear()
print(index)
