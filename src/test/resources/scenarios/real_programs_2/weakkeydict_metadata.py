import weakref, gc
class Widget:
    def __init__(self, name):
        self.name = name
meta = weakref.WeakKeyDictionary()
w1, w2 = Widget("w1"), Widget("w2")
meta[w1] = {"color": "red"}
meta[w2] = {"color": "blue"}
print(sorted(k.name for k in meta.keys()))
print(meta[w1]["color"], w2 in meta)
del w1
print(len(meta))
gc.collect()
print([k.name for k in meta])
