import weakref

class Widget:
    def __init__(self, name):
        self.name = name

notes = weakref.WeakKeyDictionary()
w1, w2, w3 = Widget("ok"), Widget("cancel"), Widget("help")
notes[w1] = "primary"
notes[w2] = "secondary"
notes[w3] = "link"
print(len(notes), sorted(r().name for r in notes.keyrefs()))
print(sorted(notes.values()))
del w2
print(len(notes), sorted(k.name for k in notes))
print(notes.pop(w3), len(notes))
print(notes.get(w1), w1 in notes)
for k, v in notes.items():
    print(k.name, v)
