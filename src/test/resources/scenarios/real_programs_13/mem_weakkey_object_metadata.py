import weakref

class Widget:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"<Widget {self.name}>"

notes = weakref.WeakKeyDictionary()
w1, w2, w3 = Widget("a"), Widget("b"), Widget("c")
notes[w1] = "first"
notes[w2] = "second"
notes[w3] = "third"
print("entries:", len(notes))
print("w2 note:", notes[w2])
del w2
print("after del w2:", len(notes))
print("remaining:", sorted(notes[k] for k in notes.keys()))
w1 = Widget("a")
print("new object named a has note:", w1 in notes)
print("entries now:", len(notes))
for key, value in sorted(notes.items(), key=lambda kv: kv[1]):
    print(key, value)
