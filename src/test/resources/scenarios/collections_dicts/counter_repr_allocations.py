# Counter.__repr__ is Python code: dict(self.most_common()) makes a dict by the type's call (no free
# list), a sorted list of (key, count) pairs, an items view, an itemgetter and list.sort's bound method.
import gc
from collections import Counter

letters = Counter("mississippi")
scores = Counter({"ann": 3, "bob": 1, "cy": 2})
words = Counter("the quick brown fox jumps over the lazy dog".split())
gc.collect()
print(gc.get_count())
print(letters)
print(gc.get_count())
print(scores)
print(gc.get_count())
text = repr(words)
print(gc.get_count())
print(words)
print(gc.get_count())
print(letters.most_common())
print(gc.get_count())
print(str(scores), repr(letters))
print(gc.get_count())
print(Counter(), Counter({"x": 1, 2: "y"}))
