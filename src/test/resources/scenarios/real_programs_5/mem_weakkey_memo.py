import weakref

class Document:
    def __init__(self, text):
        self.text = text

_word_counts = weakref.WeakKeyDictionary()

def word_count(doc):
    try:
        return _word_counts[doc]
    except KeyError:
        print(f"  counting {doc.text[:10]!r}")
        n = len(doc.text.split())
        _word_counts[doc] = n
        return n

d1 = Document("the quick brown fox")
d2 = Document("lorem ipsum dolor sit amet consectetur")
print(word_count(d1), word_count(d2), word_count(d1))
print("cached:", len(_word_counts), d1 in _word_counts)
del d1
print("after del d1:", len(_word_counts))
d3 = Document("short")
_word_counts.setdefault(d3, 99)
print(word_count(d3), sorted(_word_counts.values()))
for doc, n in list(_word_counts.items()):
    print(" ", doc.text, n)
d2 = d3 = None
print("loop variable keeps one:", len(_word_counts), [d.text for d in _word_counts.keys()])
del doc
print("all gone:", len(_word_counts))
