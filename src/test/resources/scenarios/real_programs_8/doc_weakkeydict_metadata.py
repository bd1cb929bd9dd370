import weakref

class Widget:
    def __init__(self, name):
        self.name = name

meta = weakref.WeakKeyDictionary()
w1, w2, w3 = Widget("button"), Widget("label"), Widget("entry")
meta[w1] = {"clicks": 0}
meta[w2] = {"text": "hi"}
meta[w3] = {}
meta[w1]["clicks"] += 1
print(len(meta), meta[w1], w2 in meta)
print(sorted(k.name for k in meta.keys()))
del w2
print(len(meta), sorted(k.name for k in meta))
meta.pop(w3)
print(len(meta), w3 in meta)
del w1
print(len(meta), list(meta.items()))
