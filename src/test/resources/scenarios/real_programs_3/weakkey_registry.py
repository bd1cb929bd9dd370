import weakref

class Widget:
    def __init__(self, name):
        self.name = name

extra = weakref.WeakKeyDictionary()
w1, w2 = Widget("button"), Widget("slider")
extra[w1] = {"clicks": 0}
extra[w2] = {"value": 5}
extra[w1]["clicks"] += 3
print(len(extra), extra[w1])
print(sorted(w.name for w in extra.keys()))
del w1
print(len(extra))
print(w2 in extra)
