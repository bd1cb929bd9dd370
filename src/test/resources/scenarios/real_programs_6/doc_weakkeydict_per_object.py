import weakref

class Widget:
    def __init__(self, name):
        self.name = name

extra = weakref.WeakKeyDictionary()
w1, w2 = Widget("ok"), Widget("cancel")
extra[w1] = {"color": "green"}
extra[w2] = {"color": "red"}
print(len(extra), extra[w1]["color"], w2 in extra)
for w, info in sorted(extra.items(), key=lambda kv: kv[0].name):
    print(w.name, info)
del w1
print(len(extra), [w.name for w in extra.keys()])
print(list(extra.values()))
