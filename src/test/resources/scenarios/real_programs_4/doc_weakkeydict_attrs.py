import weakref

class Widget:
    def __init__(self, label):
        self.label = label

extra = weakref.WeakKeyDictionary()
w1, w2, w3 = Widget("ok"), Widget("cancel"), Widget("help")
extra[w1] = {"color": "green"}
extra[w2] = {"color": "red"}
print(len(extra), extra[w1], w3 in extra)
extra.setdefault(w3, {}).update(color="blue")
print(sorted(v["color"] for v in extra.values()))
del w2
print(len(extra), sorted(k.label for k in extra))
for key, value in sorted(extra.items(), key=lambda kv: kv[0].label):
    print(key.label, value)
w1 = None
print(len(extra))
