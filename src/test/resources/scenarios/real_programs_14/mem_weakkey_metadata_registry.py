import gc
import weakref


class Widget:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<Widget {self.name}>"


tags = weakref.WeakKeyDictionary()
gc.collect()
w1, w2, w3 = Widget("btn"), Widget("lbl"), Widget("txt")
tags[w1] = {"color": "red"}
tags[w2] = {"color": "blue", "bold": True}
tags[w3] = {}
print(len(tags), sorted(w.name for w in tags.keys()))
print(tags[w2], w1 in tags)
del w2
print("after del w2:", len(tags), sorted(w.name for w in tags))
w3.me = w3
del w3
print("cycle keeps w3:", len(tags))
print("collected:", gc.collect())
print("after collect:", len(tags), list(tags.items()))
tags.pop(w1)
print("popped:", len(tags))
