# caching metadata for objects without keeping them alive
import weakref, gc, sys

class Document:
    def __init__(self, title):
        self.title = title

meta = weakref.WeakKeyDictionary()
docs = [Document(f"doc{i}") for i in range(3)]
for d in docs:
    meta[d] = len(d.title)
print(len(meta), sorted(meta.values()))
print(sys.getrefcount(docs[0]))
docs.pop()
print(len(meta))
docs.clear()
gc.collect()
print(len(meta))
registry = weakref.WeakValueDictionary()
keep = Document("kept")
registry["a"] = keep
registry["b"] = Document("temp")
print(sorted(registry.keys()))
