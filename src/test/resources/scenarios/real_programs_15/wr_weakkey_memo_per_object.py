# Memoize an expensive per-object computation in a WeakKeyDictionary so
# that results disappear with their objects.
import weakref


class Document:
    def __init__(self, title, words):
        self.title = title
        self.words = words


_stats = weakref.WeakKeyDictionary()
computed = []


def stats(doc):
    if doc not in _stats:
        computed.append(doc.title)
        counts = {}
        for w in doc.words:
            counts[w] = counts.get(w, 0) + 1
        _stats[doc] = (len(doc.words), len(counts))
    return _stats[doc]


a = Document("a", "the cat and the hat".split())
b = Document("b", "one two two three three three".split())
print(stats(a), stats(b), stats(a))
print("computed:", computed, "cached:", len(_stats))
del a
print("cached after del a:", len(_stats))
c = Document("c", [])
print(stats(c), "cached:", len(_stats))
for doc in list(_stats):
    print("still cached:", doc.title)
