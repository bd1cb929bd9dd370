# Attaching metadata to objects without keeping them alive: WeakKeyDictionary and callbacks.
import weakref
import gc

class Document:
    def __init__(self, title):
        self.title = title

    def __repr__(self):
        return f"Document({self.title!r})"

notes = weakref.WeakKeyDictionary()
deaths = []
docs = [Document(t) for t in ("plan", "budget", "memo")]
refs = [weakref.ref(d, lambda r, t=d.title: deaths.append(t)) for d in docs]
for d in docs:
    notes[d] = {"views": len(d.title)}
print(len(notes), [notes[d]["views"] for d in docs])
notes[docs[0]]["views"] += 10
print(notes[docs[0]])
removed = docs.pop(1)
print("popped", removed, len(notes))
del removed
print("after del:", len(notes), deaths)
docs[0].self_ref = docs[0]
docs = None
print("after dropping the list:", sorted(deaths), len(notes))
gc.collect()
print("after collect:", sorted(deaths), len(notes), [r() for r in refs])
holder = Document("kept")
wk = weakref.ref(holder)
print(wk() is holder, weakref.getweakrefcount(holder), type(wk).__name__)
